package br.com.patritech.custody;

import br.com.patritech.base.Cpf;

/** CPF as terms and history print it: masked (123.***.***-09), enough to tell people apart, not to reuse it. */
final class Cpfs {

    private Cpfs() {
    }

    static String masked(String digits) {
        if (digits == null || digits.length() != 11) {
            return digits;
        }
        return digits.substring(0, 3) + ".***.***-" + digits.substring(9);
    }

    static String full(String digits) {
        return Cpf.format(digits);
    }
}
