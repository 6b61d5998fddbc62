package br.com.patritech.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import br.com.patritech.base.Cpf;
import br.com.patritech.support.TestUsers;

/**
 * "No secret or CPF in the logs of a full test run" (issue 18), checked on the run itself: Surefire writes each test
 * class's output (application logs included) to target/surefire-reports/*-output.txt, and this check, run by
 * Failsafe after the tests (pom.xml, execution "logs-carry-no-secrets"), reads every line of them. The first test is
 * the negative control: the same scan must catch a planted line of each kind. See docs/decisions/0011.
 */
class LogsCarryNoSecretsCheck {

    static final Path REPORTS = Path.of(System.getProperty("log-scan.reports", "target/surefire-reports"));
    static final Path CPF_RECORD = Path.of(System.getProperty("log-scan.cpfs", "target/log-scan/test-cpfs.txt"));

    @Test
    void theScanCatchesAPlantedLineOfEachKind(@TempDir Path dir) throws IOException {
        String fixtureCpf = TestUsers.randomCpf();
        LogScan scan = new LogScan(List.of(fixtureCpf));
        String jwt = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ1MTIzIiwiZXhwIjoxfQ.c2lnbmF0dXJl";
        Files.write(dir.resolve("Planted-output.txt"), List.of(
                "2026-12-06 INFO  started in 3.2 s (pid 4242, request 0f1e2d3c4b5a69788796a5b4c3d2e1f0)",
                "login refused for " + fixtureCpf,
                "login refused for " + Cpf.format(fixtureCpf),
                "demo user " + Cpf.format(LogScan.DEMO_CPFS.get(0)),
                "password was " + TestUsers.PASSWORD,
                "token " + jwt,
                "Authorization: Bearer abcdefghijklmnop0123456789",
                "PATRI-TECH demo users (passwords shown only this once; each must",
                "WWW-Authenticate: Bearer error=\"invalid_token\" and the id 98765432100123 and 1234567890"));

        List<LogScan.Finding> findings = scan.scan(List.of(dir.resolve("Planted-output.txt")));

        assertThat(findings).extracting(LogScan.Finding::line, LogScan.Finding::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "CPF of a demo or test person"),
                org.assertj.core.groups.Tuple.tuple(3, "CPF of a demo or test person"),
                org.assertj.core.groups.Tuple.tuple(4, "CPF of a demo or test person"),
                org.assertj.core.groups.Tuple.tuple(5, "test password"),
                org.assertj.core.groups.Tuple.tuple(6, "JWT"),
                org.assertj.core.groups.Tuple.tuple(7, "bearer token"),
                org.assertj.core.groups.Tuple.tuple(8, "generated-password banner"));
        assertThat(findings.toString()).doesNotContain(fixtureCpf, TestUsers.PASSWORD, jwt);
    }

    @Test
    void noLineOfTheTestRunsOutputCarriesASecretOrACpf() throws IOException {
        assumeTrue(hasReports(), "no Surefire run in this build (only -Dtest=... or e2e): nothing to scan");
        List<Path> outputs;
        try (Stream<Path> files = Files.list(REPORTS)) {
            outputs = files.filter(f -> f.getFileName().toString().endsWith("-output.txt")).sorted().toList();
        }
        assertThat(outputs).as("Surefire ran tests but kept no output: is redirectTestOutputToFile on?").isNotEmpty();
        assertThat(outputs.stream().mapToLong(LogsCarryNoSecretsCheck::size).sum()).isPositive();
        LogScan scan = new LogScan(LogScan.recordedCpfs(CPF_RECORD));
        if (System.getProperty("test", "").isBlank()) { // chosen tests (-Dtest=...) may create no person; the suite does
            assertThat(scan.cpfCount()).as("the fixtures' CPFs were recorded (%s)", CPF_RECORD)
                    .isGreaterThan(LogScan.DEMO_CPFS.size());
        }

        assertThat(scan.scan(outputs)).as("lines carrying a secret or a CPF in %s", REPORTS).isEmpty();
    }

    private static boolean hasReports() throws IOException {
        if (!Files.isDirectory(REPORTS)) {
            return false;
        }
        try (Stream<Path> files = Files.list(REPORTS)) {
            return files.anyMatch(f -> f.getFileName().toString().startsWith("TEST-"));
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
