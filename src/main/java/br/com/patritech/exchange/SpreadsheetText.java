package br.com.patritech.exchange;

/**
 * Text as a spreadsheet may show it but never run it (OWASP CSV injection): a cell that begins with {@code =},
 * {@code +}, {@code -}, {@code @}, tab or carriage return gets a leading apostrophe, so Excel and LibreOffice
 * read it as text instead of a formula.
 */
final class SpreadsheetText {

    private SpreadsheetText() {
    }

    static String neutralised(String text) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        char first = text.charAt(0);
        return "=+-@\t\r".indexOf(first) >= 0 ? "'" + text : text;
    }
}
