package br.com.patritech.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CpfTest {

    @Test
    void acceptsValidCpfWithOrWithoutPunctuation() {
        assertThat(Cpf.parse("529.982.247-25")).contains("52998224725");
        assertThat(Cpf.parse(" 52998224725 ")).contains("52998224725");
    }

    @Test
    void refusesWrongCheckDigitsRepeatedDigitsAndLetters() {
        assertThat(Cpf.parse("529.982.247-24")).isEmpty();
        assertThat(Cpf.parse("111.111.111-11")).isEmpty();
        assertThat(Cpf.parse("5299822472a")).isEmpty();
        assertThat(Cpf.parse("1234")).isEmpty();
        assertThat(Cpf.parse(null)).isEmpty();
    }

    @Test
    void completesCheckDigitsAndFormats() {
        assertThat(Cpf.withCheckDigits("529982247")).isEqualTo("52998224725");
        assertThat(Cpf.format("52998224725")).isEqualTo("529.982.247-25");
    }
}
