package br.com.patritech.reports;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

/** Where a report's rows go as they are read: a PDF page layout or a CSV file. */
interface ReportWriter extends AutoCloseable {

    /** A group (unit, room, category, person, guide) begins; {@code level} 0 is the outermost. */
    void groupStart(int level, String caption) throws IOException;

    /** {@code groups}: the captions of the groups this row is in, outermost first. */
    void row(List<String> groups, List<Object> cells) throws IOException;

    void subtotal(int level, String caption, long count, BigDecimal value) throws IOException;

    void total(long count, BigDecimal value) throws IOException;

    @Override
    void close() throws IOException;
}
