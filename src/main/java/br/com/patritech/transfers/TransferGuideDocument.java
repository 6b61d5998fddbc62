package br.com.patritech.transfers;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import br.com.patritech.base.Installation;
import br.com.patritech.base.Translations;
import br.com.patritech.documents.PrintedDocument;
import br.com.patritech.documents.PrintedDocument.Field;

/**
 * The printed Guia de Transferência: number, origin, destination, reason, note, status, the assets as sent (tombo,
 * description, serial, value), the total and the sender's and receiver's signature lines, in the reader's language.
 */
@Component
class TransferGuideDocument {

    private final Translations translations;
    private final Installation installation;

    TransferGuideDocument(Translations translations, Installation installation) {
        this.translations = translations;
        this.installation = installation;
    }

    PrintedDocument of(TransferDetails guide, Locale locale) {
        List<Field> header = new ArrayList<>(List.of(
                new Field(t(locale, "transfers.field.origin"), guide.origin().label()),
                new Field(t(locale, "transfers.field.destination"), guide.destination().label()),
                new Field(t(locale, "transfers.field.status"), t(locale, "enum.TransferStatus." + guide.status())),
                new Field(t(locale, "transfers.field.created"), when(guide.createdAt(), locale) + " · "
                        + guide.createdBy()),
                new Field(t(locale, "transfers.field.reason"), guide.reason())));
        if (guide.note() != null) {
            header.add(new Field(t(locale, "transfers.field.note"), guide.note()));
        }
        if (guide.decidedAt() != null) {
            header.add(new Field(t(locale, "transfers.field.decided"), when(guide.decidedAt(), locale) + " · "
                    + guide.decidedBy()));
        }
        if (guide.refusalReason() != null) {
            header.add(new Field(t(locale, "transfers.field.refusal-reason"), guide.refusalReason()));
        }
        List<List<String>> rows = guide.items().stream().map(i -> java.util.Arrays.asList(i.tombo(), i.name(),
                i.serialNumber(), money(i.value(), locale))).toList();
        var table = new PrintedDocument.Table(List.of(t(locale, "asset.field.tombo"), t(locale, "transfers.pdf.description"),
                t(locale, "asset.field.serialNumber"), t(locale, "transfers.pdf.value")), new float[] {2, 5, 2.5f, 2},
                new boolean[] {false, false, false, true}, rows);
        return new PrintedDocument(installation.institutionName(), t(locale, "transfers.pdf.title"), guide.number(),
                header, List.of(t(locale, "transfers.pdf.intro")), table,
                List.of(new Field(t(locale, "transfers.pdf.total", guide.items().size()), money(guide.totalValue(), locale))),
                List.of(), List.of(t(locale, "transfers.pdf.sender", guide.origin().label()),
                        t(locale, "transfers.pdf.receiver", guide.destination().label())), null,
                installation.cnpj(), installation.logo());
    }

    private String t(Locale locale, String key, Object... params) {
        return translations.getTranslation(key, locale, params);
    }

    /** Same form as the screens: "R$ 1.234,56" in Portuguese, "R$1,234.56" in English. */
    static String money(BigDecimal value, Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(english(locale) ? Locale.US : Translations.PT_BR);
        format.setCurrency(Currency.getInstance("BRL"));
        return format.format(value).replace('\u00a0', ' ');
    }

    private static String when(java.time.Instant instant, Locale locale) {
        DateTimeFormatter format = english(locale)
                ? DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(Locale.US)
                : DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
        return format.format(instant.atZone(ZoneId.systemDefault()));
    }

    private static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }
}
