package br.com.patritech.assets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** History fields keep the names stored so far, are labelled in both languages, and take only values of their kind. */
class HistoryFieldTest {

    @Test
    void storedNamesAreThoseOfExistingRows() {
        String[] namesWrittenBefore = {"name", "description", "serialNumber", "category", "acquisitionValue",
                "acquisitionDate", "supplier", "invoiceNumber", "origin", "conservation", "classification", "status",
                "unit", "room", "writeOffDate", "writeOffReason", "writeOffProcess"};
        for (String name : namesWrittenBefore) {
            assertThat(HistoryField.ofStoredName(name)).as(name).isPresent();
        }
        assertThat(HistoryField.ofStoredName("acquisitionValue")).contains(HistoryField.ACQUISITION_VALUE);
        assertThat(HistoryField.ofStoredName("somethingElse")).isEmpty();
    }

    @Test
    void everyFieldAndEveryEnumValueIsTranslatedInBothLanguages() throws IOException {
        for (String file : new String[] {"translations.properties", "translations_en.properties"}) {
            Properties texts = load(file);
            for (HistoryField field : HistoryField.values()) {
                assertThat(texts).as(file).containsKey("asset.field." + field.storedName());
                field.enumType().ifPresent(type -> {
                    for (Enum<?> value : type.getEnumConstants()) {
                        assertThat(texts).as(file).containsKey("enum." + type.getSimpleName() + "." + value.name());
                    }
                });
            }
        }
    }

    @Test
    void valuesAreStoredByKindAndAWrongKindIsRefused() {
        assertThat(HistoryField.ACQUISITION_VALUE.store(new BigDecimal("4899.9"))).isEqualTo("4899.90");
        assertThat(HistoryField.WRITE_OFF_DATE.store(LocalDate.of(2026, 3, 1))).isEqualTo("2026-03-01");
        assertThat(HistoryField.STATUS.store(AssetStatus.EM_TRANSITO)).isEqualTo("EM_TRANSITO");
        assertThat(HistoryField.NAME.store("  ")).isNull();
        assertThatThrownBy(() -> HistoryField.ACQUISITION_VALUE.store("4.899,90")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HistoryField.STATUS.store(Origin.DOACAO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HistoryChanges().add(HistoryField.ACQUISITION_DATE, null, "2026-01-01"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(HistoryFieldTest.class.getResourceAsStream("/vaadin-i18n/" + name),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
