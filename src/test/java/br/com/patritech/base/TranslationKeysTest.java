package br.com.patritech.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Both languages have the same keys, and every key the code asks for exists. */
class TranslationKeysTest {

    private static final Pattern KEY_IN_CODE = Pattern.compile(
            "(?:getTranslation|translate|\\btr)\\(\\s*\"([a-z][a-zA-Z0-9_.\\-]+)\"");

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationKeysTest.class.getResourceAsStream("/vaadin-i18n/" + name);
             Reader reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    @Test
    void portugueseAndEnglishHaveTheSameKeys() throws IOException {
        Set<String> pt = load("translations.properties").stringPropertyNames();
        Set<String> en = load("translations_en.properties").stringPropertyNames();
        assertThat(new TreeSet<>(en)).as("keys missing in English").containsAll(pt);
        assertThat(new TreeSet<>(pt)).as("keys missing in Portuguese").containsAll(en);
    }

    @Test
    void everyKeyUsedInTheCodeExists() throws IOException {
        Set<String> known = load("translations.properties").stringPropertyNames();
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_IN_CODE.matcher(Files.readString(file));
                while (m.find()) {
                    if (!m.group(1).endsWith(".")) { // a prefix completed at run time, checked below
                        used.add(m.group(1));
                    }
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(known).as("keys used in code but missing in translations.properties").containsAll(used);
    }

    @Test
    void everyRoleHasAName() throws IOException {
        Set<String> known = load("translations.properties").stringPropertyNames();
        for (br.com.patritech.security.Role role : br.com.patritech.security.Role.values()) {
            assertThat(known).contains("role." + role.name());
        }
    }

    @Test
    void everyMenuTitleIsTranslated() throws IOException {
        Set<String> known = load("translations.properties").stringPropertyNames();
        Pattern menu = Pattern.compile("@Menu\\([^)]*title\\s*=\\s*\"([^\"]+)\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = menu.matcher(Files.readString(file));
                while (m.find()) {
                    assertThat(known).as("menu title in " + file).contains(m.group(1));
                }
            }
        }
    }
}
