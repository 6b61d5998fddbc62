package br.com.patritech.documents;

/**
 * Label stock: A4 sheets of the sizes sold in Brazil (Pimaco 6180/6080: 66.7 x 25.4 mm, 3 x 10; Pimaco 6182:
 * 101.6 x 33.9 mm, 2 x 7), centred on the sheet, or one 50 x 30 mm label per page for thermal printers.
 * Sizes in millimetres.
 */
public enum LabelLayout {
    A4_3X10(210, 297, 3, 10, 66.7f, 25.4f, 3.2f),
    A4_2X7(210, 297, 2, 7, 101.6f, 33.9f, 4.8f),
    THERMAL_50X30(50, 30, 1, 1, 50, 30, 0);

    private final float pageWidth;
    private final float pageHeight;
    private final int columns;
    private final int rows;
    private final float labelWidth;
    private final float labelHeight;
    private final float columnGap;

    LabelLayout(float pageWidth, float pageHeight, int columns, int rows, float labelWidth, float labelHeight,
                float columnGap) {
        this.pageWidth = pageWidth;
        this.pageHeight = pageHeight;
        this.columns = columns;
        this.rows = rows;
        this.labelWidth = labelWidth;
        this.labelHeight = labelHeight;
        this.columnGap = columnGap;
    }

    /** Labels on one page. */
    public int perPage() {
        return columns * rows;
    }

    int columns() {
        return columns;
    }

    float pageWidth() {
        return pageWidth;
    }

    float pageHeight() {
        return pageHeight;
    }

    float labelWidth() {
        return labelWidth;
    }

    float labelHeight() {
        return labelHeight;
    }

    /** Left edge of the label at 0-based position {@code index} on the page, in mm from the page's left edge. */
    float left(int index) {
        float margin = (pageWidth - columns * labelWidth - (columns - 1) * columnGap) / 2;
        return margin + (index % columns) * (labelWidth + columnGap);
    }

    /** Top edge of the label at position {@code index}, in mm from the page's top edge. */
    float top(int index) {
        float margin = (pageHeight - rows * labelHeight) / 2;
        return margin + (index / columns) * labelHeight;
    }
}
