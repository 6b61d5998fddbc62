package br.com.patritech.custody;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import br.com.patritech.base.Installation;
import br.com.patritech.base.Translations;
import br.com.patritech.documents.PdfDocuments;
import br.com.patritech.documents.PrintedDocument;

/**
 * A term as printed: only what the term froze when it was issued (never its acceptance, never today's data), so
 * printing it again in the same language gives the same text. Legal text in pt-BR, or English for English readers.
 */
@Component
class TermDocument {

    private final Translations translations;
    private final Installation installation;

    TermDocument(Translations translations, Installation installation) {
        this.translations = translations;
        this.installation = installation;
    }

    byte[] render(Term term, Locale requested) {
        return PdfDocuments.render(printed(term, requested));
    }

    PrintedDocument printed(Term term, Locale requested) {
        Locale locale = Translations.supported(requested);
        String kind = term.getKind().name();
        List<PrintedDocument.Field> header = List.of(
                field(locale, "term.pdf.unit", term.getUnitLabel()),
                field(locale, "term.pdf.person", term.getPersonName()),
                field(locale, "term.pdf.cpf", Cpfs.masked(term.getPersonCpf())),
                field(locale, "term.pdf.registration", dash(term.getPersonRegistration())),
                field(locale, "term.pdf.position", dash(term.getPersonPosition())),
                field(locale, "term.pdf.date", dateTime(term, locale)),
                field(locale, "term.pdf.issued-by", term.getIssuedBy()));
        List<List<String>> rows = term.getItems().stream().map(i -> List.of(i.tombo(), i.name(),
                i.serialNumber() == null ? "" : i.serialNumber(), money(i.value(), locale))).toList();
        PrintedDocument.Table table = new PrintedDocument.Table(List.of(text(locale, "term.pdf.col.tombo"),
                text(locale, "term.pdf.col.description"), text(locale, "term.pdf.col.serial"),
                text(locale, "term.pdf.col.value")), new float[] {2, 5, 2.5f, 2}, new boolean[] {false, false, false, true},
                rows);
        List<PrintedDocument.Field> totals = List.of(
                field(locale, "term.pdf.count", String.valueOf(term.getItems().size())),
                field(locale, "term.pdf.total", money(term.total(), locale)));
        String url = installation.link("/verificar?n=" + term.getNumber() + "&c=" + term.getVerificationCode());
        return new PrintedDocument(installation.institutionName(), text(locale, "term.pdf.title." + kind),
                term.getNumber(), header, List.of(text(locale, "term.pdf.legal." + kind + ".1"),
                text(locale, "term.pdf.legal." + kind + ".2")), table, totals, List.of(),
                List.of(term.getPersonName() + "\n" + text(locale, "term.pdf.sign.person." + kind),
                        term.getIssuedBy() + "\n" + text(locale, "term.pdf.sign.issuer." + kind)),
                new PrintedDocument.Verification(url, text(locale, "term.pdf.verify", term.getNumber(),
                        term.getVerificationCode())), installation.cnpj(), installation.logo());
    }

    private PrintedDocument.Field field(Locale locale, String key, String value) {
        return new PrintedDocument.Field(text(locale, key), value);
    }

    private String text(Locale locale, String key, Object... args) {
        return translations.getTranslation(key, locale, args);
    }

    private static String dash(String value) {
        return value == null || value.isBlank() ? "—" : value;
    }

    private static String dateTime(Term term, Locale locale) {
        String pattern = Locale.ENGLISH.equals(locale) ? "MMM d, yyyy HH:mm" : "dd/MM/yyyy HH:mm";
        return DateTimeFormatter.ofPattern(pattern, locale).format(term.getIssuedAt().atZone(ZoneId.systemDefault()));
    }

    static String money(BigDecimal value, Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.ENGLISH.equals(locale) ? Locale.US
                : Translations.PT_BR);
        format.setCurrency(Currency.getInstance("BRL"));
        return format.format(value).replace('\u00a0', ' ');
    }
}
