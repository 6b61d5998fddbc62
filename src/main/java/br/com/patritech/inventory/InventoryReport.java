package br.com.patritech.inventory;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import br.com.patritech.base.Installation;
import br.com.patritech.base.Translations;
import br.com.patritech.documents.PdfReportStream;
import br.com.patritech.documents.PrintedDocument.Field;
import br.com.patritech.documents.PrintedDocument.Table;
import br.com.patritech.documents.PrintedReport.Section;
import br.com.patritech.inventory.InventorySql.ReportPart;
import br.com.patritech.security.AppUser;
import br.com.patritech.security.CurrentUser;

/**
 * The Relatório de Inventário: per unit and room the counts and values found, found elsewhere and missing; the lists
 * of missing, misplaced and foreign or unknown items; the unknown items noted; the committee's signature lines.
 * PDF and CSV, over the units the reader sees. Offered once the campaign is closed (a preview while it is open).
 */
@Service
public class InventoryReport {

    private final InventoryService campaigns;
    private final InventorySql sql;
    private final Translations translations;
    private final Installation installation;
    private final CurrentUser currentUser;

    InventoryReport(InventoryService campaigns, InventorySql sql, Translations translations, Installation installation,
                    CurrentUser currentUser) {
        this.campaigns = campaigns;
        this.sql = sql;
        this.translations = translations;
        this.installation = installation;
        this.currentUser = currentUser;
    }

    /**
     * The summary, then the missing, misplaced and foreign lists written as the database hands their rows over (each
     * list's count comes from the summary's aggregates, its value is summed while writing), the unknown items, the
     * committee's signature lines.
     */
    @Transactional(readOnly = true)
    public void pdf(long campaignId, Locale locale, OutputStream out) {
        AppUser user = currentUser.require();
        CampaignSummary campaign = campaigns.get(campaignId);
        List<ProgressRow> progress = sql.progress(campaignId, user.visibleUnits());
        Texts t = new Texts(locale);
        ProgressRow total = ProgressRow.total(progress);
        long otherAnswers = total.expected() - total.found() - total.misplaced() - total.missing();
        List<String> signatures = campaign.committee().stream()
                .map(name -> name + "\n" + t.get("inventory.report.committee-member")).toList();
        try (PdfReportStream pdf = new PdfReportStream(out, installation.institutionName(),
                t.get("inventory.report.title"), header(campaign, t), installation.cnpj(), installation.logo())) {
            pdf.section(new Section(t.get("inventory.report.summary"), summaryTable(progress, t),
                    List.of(new Field(t.get("inventory.progress.found"), total.found() + " · " + t.money(total.foundValue())),
                            new Field(t.get("inventory.progress.misplaced"), total.misplaced() + " · " + t.money(total.misplacedValue())),
                            new Field(t.get("inventory.progress.missing"), total.missing() + " · " + t.money(total.missingValue()))),
                    t.get("inventory.report.none")));
            list(pdf, t, "inventory.report.missing", total.missing(), campaignId, user, ReportPart.MISSING);
            list(pdf, t, "inventory.report.misplaced", total.misplaced(), campaignId, user, ReportPart.MISPLACED);
            list(pdf, t, "inventory.report.foreign", otherAnswers + sql.foreignReads(campaignId, user.visibleUnits()),
                    campaignId, user, ReportPart.FOREIGN);
            pdf.section(unknownItems(t, sql.unknownItems(campaignId, user.visibleUnits())));
            pdf.signatures(signatures);
        }
    }

    /** One row per asset line and per unknown item, with the campaign's name on each (for spreadsheets). */
    @Transactional(readOnly = true)
    public void csv(long campaignId, Locale locale, Writer out) {
        AppUser user = currentUser.require();
        CampaignSummary campaign = campaigns.get(campaignId);
        Texts t = new Texts(locale);
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setDelimiter(';').get())) {
            csv.printRecord(t.get("inventory.campaign.name"), t.get("inventory.report.situation"), t.get("asset.field.tombo"),
                    t.get("asset.field.name"), t.get("inventory.report.unit"), t.get("inventory.report.room"),
                    t.get("inventory.report.read-in"), t.get("inventory.report.value"));
            sql.reportLines(campaignId, user.visibleUnits(), ReportPart.ALL, line -> {
                try {
                    csv.printRecord(campaign.name(), t.situation(line.result()), line.tombo(), line.name(),
                            line.unitCode(), line.roomName(), place(line.readInUnitCode(), line.readInRoomName()),
                            line.value() == null ? "" : line.value().toPlainString());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            for (UnknownItem item : sql.unknownItems(campaignId, user.visibleUnits())) {
                csv.printRecord(campaign.name(), t.get("inventory.report.unknown-item"), "", item.description(),
                        item.unitCode(), item.roomName(), place(item.unitCode(), item.roomName()), "");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Field> header(CampaignSummary c, Texts t) {
        List<Field> fields = new ArrayList<>(List.of(new Field(t.get("inventory.campaign.name"), c.name()),
                new Field(t.get("inventory.campaign.units"), String.join(", ",
                        c.units().stream().map(CampaignSummary.Place::label).toList())),
                new Field(t.get("inventory.campaign.period"), t.date(c.startsOn()) + " – "
                        + (c.endsOn() == null ? "" : t.date(c.endsOn()))),
                new Field(t.get("inventory.campaign.status"), t.get("enum.CampaignStatus." + c.status()))));
        if (c.closedAt() != null) {
            fields.add(new Field(t.get("inventory.campaign.closed-at"), DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
                    .format(c.closedAt().atZone(ZoneId.systemDefault())) + " · " + c.closedBy()));
        }
        return fields;
    }

    private static Table summaryTable(List<ProgressRow> rows, Texts t) {
        return new Table(List.of(t.get("inventory.report.unit"), t.get("inventory.report.room"),
                t.get("inventory.progress.expected"), t.get("inventory.progress.found"),
                t.get("inventory.progress.misplaced"), t.get("inventory.progress.missing"),
                t.get("inventory.report.value-found"), t.get("inventory.report.value-missing")),
                new float[] {2, 3, 1.4f, 1.4f, 1.4f, 1.4f, 2.4f, 2.4f},
                new boolean[] {false, false, true, true, true, true, true, true},
                rows.stream().map(r -> List.of(r.unitCode(), r.roomName() == null ? t.get("inventory.no-room") : r.roomName(),
                        String.valueOf(r.expected()), String.valueOf(r.found()), String.valueOf(r.misplaced()),
                        String.valueOf(r.missing()), t.money(r.foundValue()), t.money(r.missingValue()))).toList());
    }

    private void list(PdfReportStream pdf, Texts t, String title, long count, long campaignId, AppUser user,
                      ReportPart part) {
        Table columns = new Table(List.of(t.get("asset.field.tombo"), t.get("asset.field.name"),
                t.get("inventory.report.expected-in"), t.get("inventory.report.read-in"),
                t.get("inventory.report.situation"), t.get("inventory.report.value")),
                new float[] {2, 4, 3, 3, 2.2f, 2}, new boolean[] {false, false, false, false, false, true}, List.of());
        PdfReportStream.Rows rows = pdf.list(t.get(title) + " (" + count + ")", columns, t.get("inventory.report.none"));
        BigDecimal[] value = {BigDecimal.ZERO};
        sql.reportLines(campaignId, user.visibleUnits(), part, l -> {
            rows.row(List.of(l.tombo(), l.name() == null ? "" : l.name(), place(l.unitCode(), l.roomName()),
                    place(l.readInUnitCode(), l.readInRoomName()), t.situation(l.result()),
                    l.value() == null ? "" : t.money(l.value())));
            if (l.value() != null) {
                value[0] = value[0].add(l.value());
            }
        });
        rows.end(List.of(new Field(t.get("inventory.report.value"), t.money(value[0]))));
    }

    private static Section unknownItems(Texts t, List<UnknownItem> items) {
        Table table = new Table(List.of(t.get("inventory.report.room"), t.get("inventory.unknown.description"),
                t.get("inventory.report.noted-by")), new float[] {3, 6, 3}, new boolean[] {false, false, false},
                items.stream().map(i -> List.of(place(i.unitCode(), i.roomName()), i.description(), i.notedBy())).toList());
        return new Section(t.get("inventory.report.unknown") + " (" + items.size() + ")", table, List.of(),
                t.get("inventory.report.none"));
    }

    private static String place(String unit, String room) {
        return unit == null ? "" : room == null ? unit : unit + " - " + room;
    }

    /** Translation and formatting in the reader's language. */
    private final class Texts {
        private final Locale locale;
        private NumberFormat money; // one report, one thread
        private final java.util.Map<String, String> situations = new java.util.HashMap<>();

        Texts(Locale locale) {
            this.locale = Translations.supported(locale);
        }

        String get(String key) {
            return translations.getTranslation(key, locale);
        }

        String situation(ReadResult result) {
            return situations.computeIfAbsent(result == null ? "inventory.report.missing-one" : "enum.ReadResult." + result,
                    this::get);
        }

        String money(BigDecimal value) {
            if (money == null) {
                money = NumberFormat.getCurrencyInstance(locale == Locale.ENGLISH ? Locale.US : Translations.PT_BR);
                money.setCurrency(java.util.Currency.getInstance("BRL"));
            }
            return money.format(value == null ? BigDecimal.ZERO : value);
        }

        String date(java.time.LocalDate date) {
            return DateTimeFormatter.ofPattern(locale == Locale.ENGLISH ? "yyyy-MM-dd" : "dd/MM/yyyy").format(date);
        }
    }
}
