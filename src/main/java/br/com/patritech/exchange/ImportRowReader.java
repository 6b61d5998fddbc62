package br.com.patritech.exchange;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import br.com.patritech.assets.AssetForm;
import br.com.patritech.assets.AssetStatus;
import br.com.patritech.assets.Classification;
import br.com.patritech.assets.Conservation;
import br.com.patritech.assets.Origin;
import br.com.patritech.base.Translations;
import br.com.patritech.base.MoneyText;

/**
 * Turns a row's cells into the asset form, as Brazilian offices write them: {@code 4.800,00} or {@code 4800.00},
 * {@code dd/MM/yyyy} (or ISO, or an XLSX date serial), enum values by their label in either language or their code,
 * units by code, categories and rooms by name. What cannot be read becomes the row's error on that column.
 */
final class ImportRowReader {

    /** A row read: the form to check, or the problems reading it (column index or -1, message key, args). */
    record Read(ImportFile.Line line, AssetForm form, List<Problem> problems, Responsible responsible) {
    }

    /**
     * The responsible person a row names, as typed (CPF, name, either may be absent), the CPF's digits when it is
     * valid, and the person it was found to mean ({@link ImportPersons}, per batch).
     */
    static final class Responsible {
        final String cpfText;
        final String name;
        final String cpf;
        br.com.patritech.custody.CustodyImports.ImportPerson person;

        Responsible(String cpfText, String name, String cpf) {
            this.cpfText = cpfText;
            this.name = name;
            this.cpf = cpf;
        }

        /** The column its problems are reported on: the CPF's when the row gives one. */
        ImportColumn column() {
            return cpfText != null ? ImportColumn.RESPONSIBLE_CPF : ImportColumn.RESPONSIBLE_NAME;
        }

        /** What the row typed to name the person. */
        String typed() {
            return cpfText != null ? cpfText : name;
        }
    }

    record Problem(ImportColumn column, String messageKey, Object... args) {
    }

    /** An argument of a message that is itself a message (the reason an amount was not read). */
    record Translated(String messageKey) {
    }

    private static final DateTimeFormatter BRAZILIAN = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private final Map<ImportColumn, Integer> mapping;
    private final ImportPlaces places;
    private final Translations translations;

    ImportRowReader(Map<ImportColumn, Integer> mapping, ImportPlaces places, Translations translations) {
        this.mapping = mapping;
        this.places = places;
        this.translations = translations;
    }

    Read read(ImportFile.Line line) {
        AssetForm form = new AssetForm();
        List<Problem> problems = new ArrayList<>();
        form.setTombo(cell(line, ImportColumn.TOMBO));
        form.setName(cell(line, ImportColumn.NAME));
        form.setDescription(cell(line, ImportColumn.DESCRIPTION));
        form.setSerialNumber(cell(line, ImportColumn.SERIAL_NUMBER));
        form.setSupplier(cell(line, ImportColumn.SUPPLIER));
        form.setInvoiceNumber(cell(line, ImportColumn.INVOICE_NUMBER));
        form.setAcquisitionValue(parse(line, ImportColumn.ACQUISITION_VALUE, ImportRowReader::money, problems));
        form.setAcquisitionDate(parse(line, ImportColumn.ACQUISITION_DATE, ImportRowReader::date, problems));
        form.setOrigin(choice(line, ImportColumn.ORIGIN, Origin.class, Origin.PROPRIO, problems));
        form.setConservation(choice(line, ImportColumn.CONSERVATION, Conservation.class, Conservation.BOM, problems));
        form.setClassification(choice(line, ImportColumn.CLASSIFICATION, Classification.class, Classification.EM_USO,
                problems));
        form.setStatus(choice(line, ImportColumn.STATUS, AssetStatus.class, AssetStatus.ATIVO, problems));
        form.setCategoryId(place(line, ImportColumn.CATEGORY, places::category, problems));
        form.setUnitId(place(line, ImportColumn.UNIT, places::unit, problems));
        String room = cell(line, ImportColumn.ROOM);
        if (room != null && form.getUnitId() != null) {
            form.setRoomId(place(line, ImportColumn.ROOM, name -> places.room(form.getUnitId(), name), problems));
        }
        return new Read(line, form, problems, responsible(line, problems));
    }

    /** The person the row names, or null; a CPF with wrong check digits is the row's error, as in the people form. */
    private Responsible responsible(ImportFile.Line line, List<Problem> problems) {
        String cpfText = cell(line, ImportColumn.RESPONSIBLE_CPF);
        String name = cell(line, ImportColumn.RESPONSIBLE_NAME);
        if (cpfText == null && name == null) {
            return null;
        }
        String cpf = null;
        if (cpfText != null) {
            // a CPF kept as a number in a spreadsheet loses its leading zeros
            String typed = cpfText.matches("\\d{8,10}") ? "0".repeat(11 - cpfText.length()) + cpfText : cpfText;
            cpf = br.com.patritech.base.Cpf.parse(typed).orElse(null);
            if (cpf == null) {
                problems.add(new Problem(ImportColumn.RESPONSIBLE_CPF, "import.person.cpf-invalid", cpfText));
            }
        }
        return new Responsible(cpfText, name, cpf);
    }

    private String cell(ImportFile.Line line, ImportColumn column) {
        Integer index = mapping.get(column);
        if (index == null || index >= line.cells().size()) {
            return null;
        }
        String text = line.cells().get(index).trim();
        if (text.length() > 1 && text.charAt(0) == '\'' && "=+-@".indexOf(text.charAt(1)) >= 0) {
            text = text.substring(1); // neutralised by our own rejected-rows file (SpreadsheetText)
        }
        return text.isEmpty() ? null : text;
    }

    private <T> T parse(ImportFile.Line line, ImportColumn column, Function<String, T> parser, List<Problem> problems) {
        String text = cell(line, column);
        if (text == null) {
            return null;
        }
        try {
            return parser.apply(text);
        } catch (MoneyText.Unreadable e) {
            problems.add(new Problem(column, "import.value.unreadable.ACQUISITION_VALUE", text,
                    new Translated(e.messageKey())));
            return null;
        } catch (RuntimeException e) {
            problems.add(new Problem(column, "import.value.unreadable." + column.name(), text));
            return null;
        }
    }

    private Long place(ImportFile.Line line, ImportColumn column, Function<String, ImportPlaces.Found> lookup,
                       List<Problem> problems) {
        String text = cell(line, column);
        if (text == null) {
            return null;
        }
        ImportPlaces.Found found = lookup.apply(text);
        if (found.id() == null) {
            problems.add(new Problem(column, found.problem(), text));
        }
        return found.id();
    }

    private <E extends Enum<E>> E choice(ImportFile.Line line, ImportColumn column, Class<E> type, E absent,
                                         List<Problem> problems) {
        String text = cell(line, column);
        if (text == null) {
            return absent;
        }
        String wanted = ImportColumn.plain(text);
        for (E value : type.getEnumConstants()) {
            String key = "enum." + type.getSimpleName() + "." + value.name();
            if (wanted.equals(ImportColumn.plain(value.name().replace('_', ' ')))
                    || wanted.equals(ImportColumn.plain(translations.getTranslation(key, Translations.PT_BR)))
                    || wanted.equals(ImportColumn.plain(translations.getTranslation(key, java.util.Locale.ENGLISH)))) {
                return value;
            }
        }
        problems.add(new Problem(column, "import.value.unknown-option", text));
        return null;
    }

    /**
     * Read as the asset form reads a typed amount ({@link MoneyText}: {@code 4.800,00}, {@code 4800.00},
     * {@code 1,234.50}; an ambiguous {@code 4.800} is refused, never guessed); a minus sign is kept so that the form's
     * rule ("cannot be negative") says what is wrong.
     */
    static BigDecimal money(String text) {
        String value = text.strip();
        boolean negative = value.startsWith("-");
        BigDecimal amount = MoneyText.parse(negative ? value.substring(1) : value);
        return negative && amount != null ? amount.negate() : amount;
    }

    /** dd/MM/yyyy, yyyy-MM-dd, or the day number XLSX stores a date as. */
    static LocalDate date(String text) {
        if (text.matches("\\d{1,6}")) {
            return EXCEL_EPOCH.plusDays(Long.parseLong(text));
        }
        try {
            return text.contains("/") ? LocalDate.parse(text, BRAZILIAN) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(text, e);
        }
    }
}
