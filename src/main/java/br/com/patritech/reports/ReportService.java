package br.com.patritech.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import br.com.patritech.base.AuditedAction;
import br.com.patritech.base.DomainException;
import br.com.patritech.base.Installation;
import br.com.patritech.base.Translations;
import br.com.patritech.base.Violations;
import br.com.patritech.documents.PdfTableStream;
import br.com.patritech.documents.PrintedDocument.Field;
import br.com.patritech.organization.OrganizationService;
import br.com.patritech.organization.OrganizationService.UnitSummary;
import br.com.patritech.security.AppUser;
import br.com.patritech.security.CurrentUser;

/**
 * Checks a report request and writes the report into a temporary file, streaming the rows. Everyone signed in may
 * read reports over the units they see (AUDITOR and ADMIN all, GESTOR theirs); a unit outside that answers
 * {@link br.com.patritech.base.NotFoundException}. Each report generated is audited ({@code REPORT_GENERATED}).
 */
@Service
public class ReportService {

    /** The longest period a periodic report covers. */
    public static final int MAX_PERIOD_YEARS = 5;

    /** A finished report: the file (the caller deletes it), its download name, and what it added up. */
    public record ReportFile(Path path, String fileName, String contentType, long count, java.math.BigDecimal total) {
    }

    /** Who asked, checked in the request's thread so that a background job needs no security context. */
    record Checked(ReportRequest request, AppUser user, UnitSummary unit) {
    }

    private final ReportQueries queries;
    private final OrganizationService organization;
    private final CurrentUser currentUser;
    private final Installation installation;
    private final Translations translations;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate readOnly;
    private final TransactionTemplate writing;

    ReportService(ReportQueries queries, OrganizationService organization, CurrentUser currentUser,
                  Installation installation, Translations translations, ApplicationEventPublisher events,
                  PlatformTransactionManager transactions) {
        this.queries = queries;
        this.organization = organization;
        this.currentUser = currentUser;
        this.installation = installation;
        this.translations = translations;
        this.events = events;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.writing = new TransactionTemplate(transactions);
    }

    /** Generates the report now (the API's synchronous path; the screen uses {@link ReportJobs}). */
    public ReportFile generate(ReportRequest request, ReportFormat format, Locale locale) {
        return write(check(request, format), format, locale, done -> { });
    }

    /** Validates the request, resolves the unit in the caller's scope, and records that a report was asked for. */
    Checked check(ReportRequest request, ReportFormat format) {
        AppUser user = currentUser.require();
        Violations violations = new Violations().require(request.kind(), "kind").require(format, "format");
        if (request.kind() != null && request.kind().periodic()) {
            violations.require(request.from(), "from").require(request.to(), "to");
            if (request.from() != null && request.to() != null) {
                if (request.from().isAfter(request.to())) {
                    violations.add("to", "report.period.reversed");
                } else if (request.to().isAfter(request.from().plusYears(MAX_PERIOD_YEARS))) {
                    violations.add("to", "report.period.too-long", MAX_PERIOD_YEARS);
                }
            }
        }
        violations.throwIfAny();
        UnitSummary unit = request.unitId() == null ? null : organization.unit(request.unitId());
        ReportRequest normalized = request.kind().periodic() ? request
                : new ReportRequest(request.kind(), request.unitId(), null, null);
        writing.executeWithoutResult(s -> events.publishEvent(new AuditedAction("REPORT_GENERATED",
                request.kind().slug() + "." + format.extension(), request.unitId(), filters(normalized, unit))));
        return new Checked(normalized, user, unit);
    }

    /** Writes the report into a new temporary file, reporting each row written to {@code progress}. */
    ReportFile write(Checked checked, ReportFormat format, Locale locale, LongConsumer progress) {
        ReportText text = new ReportText(translations, Translations.supported(locale));
        ReportRequest request = checked.request();
        ReportColumns columns = ReportColumns.of(request.kind());
        Path file;
        try {
            file = Files.createTempFile("patritech-report-", "." + format.extension());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            ReportGrouping.Totals totals = readOnly.execute(s -> stream(checked, format, columns, text, out, progress));
            return new ReportFile(file, fileName(request, format, text), format.contentType(), totals.count(),
                    totals.value());
        } catch (IOException | RuntimeException e) {
            delete(file);
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    /** How many rows the report will have (for the progress bar). */
    long rowCount(Checked checked) {
        return readOnly.execute(s -> queries.count(checked.request(), checked.user().visibleUnits()));
    }

    private ReportGrouping.Totals stream(Checked checked, ReportFormat format, ReportColumns columns, ReportText text,
                                         OutputStream out, LongConsumer progress) {
        try (ReportWriter writer = format == ReportFormat.PDF
                ? new PdfReportWriter(out, heading(checked, text), columns, text)
                : new CsvReportWriter(out, columns, text)) {
            ReportGrouping grouping = new ReportGrouping(writer, text.get("report.no-group"));
            long[] done = {0};
            queries.forEach(checked.request(), checked.user().visibleUnits(), line -> {
                try {
                    grouping.add(line);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                progress.accept(++done[0]);
            });
            return grouping.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PdfTableStream.Heading heading(Checked checked, ReportText text) {
        ReportRequest request = checked.request();
        String title = text.get("report.kind." + request.kind());
        List<Field> fields = new ArrayList<>();
        fields.add(new Field(text.get("report.field.unit"), checked.unit() == null ? text.get("report.all-units")
                : checked.unit().code() + " — " + checked.unit().name()));
        if (request.kind().periodic()) {
            fields.add(new Field(text.get("report.field.period"), text.get("report.period.value",
                    text.cell(request.from()), text.cell(request.to()))));
        }
        fields.add(new Field(text.get("report.field.value"), text.get("report.value-rule." + request.kind())));
        fields.add(new Field(text.get("report.field.generated-by"), checked.user().name()));
        fields.add(new Field(text.get("report.field.generated-at"), text.dateTime(Instant.now())));
        String institution = installation.institutionName();
        return new PdfTableStream.Heading(institution, installation.cnpj(), installation.logo(), title, fields,
                institution + "  ·  " + title, text.get("report.page-of"));
    }

    private static String filters(ReportRequest request, UnitSummary unit) {
        return (unit == null ? "*" : unit.code()) + (request.kind().periodic()
                ? " " + request.from() + ".." + request.to() : "");
    }

    private static String fileName(ReportRequest request, ReportFormat format, ReportText text) {
        String base = text.get("report.file." + request.kind());
        return base + "-" + LocalDate.now() + "." + format.extension();
    }

    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a temporary file; the system's cleaner takes it
        }
    }
}
