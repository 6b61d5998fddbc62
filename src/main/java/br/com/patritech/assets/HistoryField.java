package br.com.patritech.assets;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

/**
 * The fields an asset's history records, each with the name stored in {@code asset_event_changes.field} (and
 * shown by the API) and the kind of its values, so the history is written and read back without guessing.
 * Labelled as {@code asset.field.<storedName>}.
 */
public enum HistoryField {
    NAME("name", Kind.TEXT, null),
    DESCRIPTION("description", Kind.TEXT, null),
    SERIAL_NUMBER("serialNumber", Kind.TEXT, null),
    CATEGORY("category", Kind.TEXT, null),
    ACQUISITION_VALUE("acquisitionValue", Kind.MONEY, null),
    ACQUISITION_DATE("acquisitionDate", Kind.DATE, null),
    SUPPLIER("supplier", Kind.TEXT, null),
    INVOICE_NUMBER("invoiceNumber", Kind.TEXT, null),
    ORIGIN("origin", Kind.ENUM, Origin.class),
    CONSERVATION("conservation", Kind.ENUM, Conservation.class),
    CLASSIFICATION("classification", Kind.ENUM, Classification.class),
    STATUS("status", Kind.ENUM, AssetStatus.class),
    UNIT("unit", Kind.TEXT, null),
    ROOM("room", Kind.TEXT, null),
    WRITE_OFF_DATE("writeOffDate", Kind.DATE, null),
    WRITE_OFF_REASON("writeOffReason", Kind.ENUM, WriteOffReason.class),
    WRITE_OFF_PROCESS("writeOffProcess", Kind.TEXT, null),
    /** The number of the transfer guide (guia de transferência) a transit step belongs to. */
    TRANSFER_GUIDE("transferGuide", Kind.TEXT, null),
    /** The responsible person (custody): name and masked CPF as shown then. */
    CUSTODIAN("custodian", Kind.TEXT, null),
    /** The term that recorded the custody change (TR-/TD-...). */
    CUSTODY_TERM("custodyTerm", Kind.TEXT, null),
    /** The book value (depreciation), changed by a revaluation or an impairment. */
    BOOK_VALUE("bookValue", Kind.MONEY, null),
    /** The file name of a photo or document attached to the asset (attachments). */
    ATTACHMENT("attachment", Kind.TEXT, null);

    /** How a value is stored as text and shown back: money as plain decimal, dates as ISO, enums by name. */
    public enum Kind {
        TEXT, MONEY, DATE, ENUM
    }

    private final String storedName;
    private final Kind kind;
    private final Class<? extends Enum<?>> enumType;

    HistoryField(String storedName, Kind kind, Class<? extends Enum<?>> enumType) {
        this.storedName = storedName;
        this.kind = kind;
        this.enumType = enumType;
    }

    public String storedName() {
        return storedName;
    }

    public Kind kind() {
        return kind;
    }

    /** For ENUM fields, the enum whose constants the values name (translated as {@code enum.<SimpleName>.<VALUE>}). */
    public Optional<Class<? extends Enum<?>>> enumType() {
        return Optional.ofNullable(enumType);
    }

    /** The field stored under this name; empty for a name no longer (or not yet) known. */
    public static Optional<HistoryField> ofStoredName(String name) {
        return Arrays.stream(values()).filter(f -> f.storedName.equals(name)).findFirst();
    }

    /** The value as stored; refuses a value of the wrong kind, so writers cannot mix them up. */
    String store(Object value) {
        if (value == null) {
            return null;
        }
        boolean fits = switch (kind) {
            case MONEY -> value instanceof BigDecimal;
            case DATE -> value instanceof LocalDate;
            case ENUM -> enumType.isInstance(value);
            case TEXT -> value instanceof String;
        };
        if (!fits) {
            throw new IllegalArgumentException(name() + " takes " + kind + " values, not " + value.getClass().getName());
        }
        if (value instanceof BigDecimal money) {
            return money.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
        }
        String text = value instanceof Enum<?> e ? e.name() : value.toString();
        return text.isBlank() ? null : text;
    }
}
