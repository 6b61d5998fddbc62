package br.com.patritech.exchange;

/** One reason a row was refused: its line in the file, the column (header as in the file, or null) and the message. */
public record ImportRejection(int line, String column, String message) {
}
