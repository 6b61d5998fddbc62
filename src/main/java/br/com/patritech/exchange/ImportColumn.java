package br.com.patritech.exchange;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a column of an imported spreadsheet may hold: an asset field. Translated as {@code import.column.<VALUE>};
 * a header is recognised by its translation or one of the usual names offices give it.
 */
public enum ImportColumn {
    TOMBO("tombo", "tombo", "patrimonio", "numero de patrimonio", "plaqueta", "asset tag"),
    NAME("name", "nome", "descricao do bem", "bem", "item", "name"),
    DESCRIPTION("description", "descricao", "detalhes", "observacao", "description"),
    SERIAL_NUMBER("serialNumber", "numero de serie", "n de serie", "serie", "serial", "serial number"),
    CATEGORY("categoryId", "categoria", "tipo", "category"),
    UNIT("unitId", "unidade", "codigo da unidade", "unit", "unit code"),
    ROOM("roomId", "sala", "local", "localizacao", "room", "location"),
    ACQUISITION_VALUE("acquisitionValue", "valor", "valor de aquisicao", "valor (r$)", "value", "acquisition value"),
    ACQUISITION_DATE("acquisitionDate", "data de aquisicao", "data", "aquisicao", "acquisition date", "date"),
    SUPPLIER("supplier", "fornecedor", "supplier"),
    INVOICE_NUMBER("invoiceNumber", "nota fiscal", "nf", "numero da nota", "invoice", "invoice number"),
    ORIGIN("origin", "origem", "origin"),
    CONSERVATION("conservation", "estado de conservacao", "conservacao", "estado", "conservation"),
    CLASSIFICATION("classification", "classificacao", "classification"),
    STATUS("status", "situacao", "status"),
    /** The responsible person (custody) by CPF; not an asset form field. */
    RESPONSIBLE_CPF("responsibleCpf", "cpf do responsavel", "responsavel cpf", "responsavel (cpf)", "cpf",
            "custodian cpf", "responsible person cpf", "responsible cpf"),
    /** The responsible person's name: finds them in the asset's unit when no CPF is given, or registers them. */
    RESPONSIBLE_NAME("responsibleName", "responsavel", "nome do responsavel", "responsavel (nome)",
            "responsavel pelo bem", "custodian", "responsible person", "responsible");

    /** Without these a row cannot be registered: the mapping must name them. */
    static final List<ImportColumn> REQUIRED = List.of(NAME, CATEGORY, UNIT, ACQUISITION_VALUE);

    private final String formField;
    private final List<String> headers;

    ImportColumn(String formField, String... headers) {
        this.formField = formField;
        this.headers = List.of(headers);
    }

    /** The asset form's field this column fills (the field a violation names). */
    String formField() {
        return formField;
    }

    static Optional<ImportColumn> ofFormField(String field) {
        for (ImportColumn column : values()) {
            if (column.formField.equals(field)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    /** The column a header most likely means, or empty. */
    static Optional<ImportColumn> guess(String header) {
        String wanted = plain(header);
        for (ImportColumn column : values()) {
            if (column.headers.contains(wanted) || plain(column.name().replace('_', ' ')).equals(wanted)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    /** Lower case, without accents, ordinal signs or repeated spaces: "Nº de Série" becomes "n de serie". */
    static String plain(String text) {
        if (text == null) {
            return "";
        }
        String stripped = Normalizer.normalize(text.replace('º', ' ').replace('°', ' '), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return stripped.toLowerCase(Locale.ROOT).replace('.', ' ').replaceAll("\\s+", " ").trim();
    }
}
