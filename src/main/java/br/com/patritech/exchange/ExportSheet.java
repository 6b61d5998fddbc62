package br.com.patritech.exchange;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** One sheet being written row by row; cells are text, money or a date, each written as its format wants. */
interface ExportSheet {

    void header(List<String> labels) throws IOException;

    void row(List<Object> cells) throws IOException;

    void finish() throws IOException;

    /** The kinds of cell an export writes; text is neutralised by every format. */
    static boolean isMoney(Object cell) {
        return cell instanceof BigDecimal;
    }

    static boolean isDate(Object cell) {
        return cell instanceof LocalDate;
    }
}
