package br.com.patritech.support;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A PDF read back as a reader sees it: every line of text with its page and the height of its baseline from the top
 * of the page (PDF points), top to bottom. Words on the same baseline (a table row's cells) make one line.
 */
public final class PdfLines {

    /** {@code y}: the baseline's distance from the top of the page, in points. */
    public record Line(int page, float y, String text) {

        public boolean startsWith(String prefix) {
            return text.startsWith(prefix);
        }
    }

    private final List<Line> lines;
    private final int pages;
    private final float pageHeight;

    private PdfLines(List<Line> lines, int pages, float pageHeight) {
        this.lines = List.copyOf(lines);
        this.pages = pages;
        this.pageHeight = pageHeight;
    }

    public static PdfLines read(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<Line> lines = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    if (!positions.isEmpty() && !text.isBlank()) {
                        add(lines, getCurrentPageNo(), positions.getFirst().getYDirAdj(), text);
                    }
                    super.writeString(text, positions);
                }
            };
            stripper.setSortByPosition(true); // the table's cells and the paragraphs are separate layers of a page
            stripper.getText(document);
            return new PdfLines(lines, document.getNumberOfPages(), document.getPage(0).getMediaBox().getHeight());
        }
    }

    /** Joins the word to the line on the same page and baseline (within half a point), or starts a new line. */
    private static void add(List<Line> lines, int page, float y, String word) {
        for (int i = lines.size() - 1; i >= 0 && lines.get(i).page() == page; i--) {
            Line line = lines.get(i);
            if (Math.abs(line.y() - y) < 0.5f) {
                lines.set(i, new Line(page, line.y(), line.text() + " " + word));
                return;
            }
        }
        lines.add(new Line(page, y, word));
    }

    public List<Line> lines() {
        return lines;
    }

    public List<Line> page(int page) {
        return lines.stream().filter(l -> l.page() == page).sorted(java.util.Comparator.comparing(Line::y)).toList();
    }

    public int pages() {
        return pages;
    }

    public float pageHeight() {
        return pageHeight;
    }
}
