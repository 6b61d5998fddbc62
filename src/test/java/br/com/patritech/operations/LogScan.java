package br.com.patritech.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import br.com.patritech.base.Cpf;
import br.com.patritech.support.TestUsers;

/**
 * Reads log files line by line for what must never be logged: the CPFs of the demo and test people (digits only or
 * formatted), the test and demo passwords (and the banners that print generated ones), JWTs and bearer tokens.
 * A finding names the file, the line and the kind, never the secret itself.
 */
final class LogScan {

    /** One line that carries something it must not. */
    record Finding(Path file, int line, String kind) {
        @Override
        public String toString() {
            return file.getFileName() + ":" + line + " " + kind;
        }
    }

    /** The CPFs the demo data creates (DemoData, DemoCustody, DemoInventory). */
    static final List<String> DEMO_CPFS = Stream.of("123456789", "987654321", "321654987", "456123789", "456789123")
            .map(Cpf::withCheckDigits).toList();

    /** Passwords the fixtures use (TestUsers for accounts, ApiUsers for API accounts). */
    static final List<String> PASSWORDS = List.of(TestUsers.PASSWORD, TestUsers.API_PASSWORD);

    /** The start-up banners that print generated passwords; the test configuration keeps them out of the logs. */
    static final List<String> PASSWORD_BANNERS = List.of("passwords shown only this once", "(shown only this once)");

    private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}");
    private static final Pattern BEARER = Pattern.compile("(?i)\\bbearer\\s+[A-Za-z0-9._~+/=-]{16,}");
    private static final Pattern ELEVEN_DIGITS = Pattern.compile("(?<!\\d)\\d{11}(?!\\d)");
    private static final Pattern FORMATTED_CPF = Pattern.compile("(?<!\\d)\\d{3}\\.\\d{3}\\.\\d{3}-\\d{2}(?!\\d)");

    private final Set<String> cpfs;

    LogScan(Collection<String> cpfs) {
        this.cpfs = new LinkedHashSet<>(DEMO_CPFS);
        this.cpfs.addAll(cpfs);
    }

    /** The CPFs the test fixtures created in a run, one a line (see {@link TestUsers#randomCpf()}). */
    static List<String> recordedCpfs(Path record) {
        if (!Files.exists(record)) {
            return List.of();
        }
        try (Stream<String> lines = Files.lines(record)) {
            return lines.map(String::strip).filter(l -> l.matches("\\d{11}")).distinct().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int cpfCount() {
        return cpfs.size();
    }

    List<Finding> scan(List<Path> files) {
        List<Finding> findings = new ArrayList<>();
        for (Path file : files) {
            List<String> lines = read(file);
            for (int i = 0; i < lines.size(); i++) {
                int line = i + 1;
                kinds(lines.get(i)).forEach(kind -> findings.add(new Finding(file, line, kind)));
            }
        }
        return findings;
    }

    /** As UTF-8; output that is not valid UTF-8 (a binary dump) byte for byte, so nothing escapes the scan. */
    private static List<String> read(Path file) {
        try {
            try {
                return Files.readAllLines(file, StandardCharsets.UTF_8);
            } catch (java.nio.charset.CharacterCodingException notUtf8) {
                return Files.readAllLines(file, StandardCharsets.ISO_8859_1);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> kinds(String line) {
        List<String> kinds = new ArrayList<>();
        if (JWT.matcher(line).find()) {
            kinds.add("JWT");
        }
        if (BEARER.matcher(line).find()) {
            kinds.add("bearer token");
        }
        for (String password : PASSWORDS) {
            if (line.contains(password)) {
                kinds.add("test password");
            }
        }
        for (String banner : PASSWORD_BANNERS) {
            if (line.contains(banner)) {
                kinds.add("generated-password banner");
            }
        }
        if (containsCpf(ELEVEN_DIGITS.matcher(line), false) || containsCpf(FORMATTED_CPF.matcher(line), true)) {
            kinds.add("CPF of a demo or test person");
        }
        return kinds;
    }

    private boolean containsCpf(Matcher matcher, boolean formatted) {
        while (matcher.find()) {
            String digits = formatted ? matcher.group().replaceAll("\\D", "") : matcher.group();
            if (cpfs.contains(digits)) {
                return true;
            }
        }
        return false;
    }
}
