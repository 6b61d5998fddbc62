package br.com.patritech.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CnpjTest {

    @Test
    void acceptsValidCnpjWithOrWithoutPunctuation() {
        assertThat(Cnpj.parse("11.222.333/0001-81")).contains("11222333000181");
        assertThat(Cnpj.parse(" 00000000000191 ")).contains("00000000000191");
    }

    @Test
    void refusesWrongCheckDigitsRepeatedDigitsLettersAndWrongLength() {
        assertThat(Cnpj.parse("11.222.333/0001-82")).isEmpty();
        assertThat(Cnpj.parse("11.222.333/0001-71")).isEmpty();
        assertThat(Cnpj.parse("11.111.111/1111-11")).isEmpty();
        assertThat(Cnpj.parse("1122233300018a")).isEmpty();
        assertThat(Cnpj.parse("112223330001")).isEmpty();
        assertThat(Cnpj.parse(null)).isEmpty();
    }

    @Test
    void completesCheckDigitsAndFormats() {
        assertThat(Cnpj.withCheckDigits("112223330001")).isEqualTo("11222333000181");
        assertThat(Cnpj.format("11222333000181")).isEqualTo("11.222.333/0001-81");
    }
}
