package br.com.patritech.custody;

import static br.com.patritech.custody.CustodyFixtures.ids;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

import br.com.patritech.assets.AssetDetails;
import br.com.patritech.assets.AssetEventType;
import br.com.patritech.assets.AssetFilter;
import br.com.patritech.assets.AssetFixtures;
import br.com.patritech.assets.AssetFixtures.Place;
import br.com.patritech.assets.AssetHistoryEntry;
import br.com.patritech.assets.AssetLeftUnit;
import br.com.patritech.assets.AssetRow;
import br.com.patritech.assets.AssetService;
import br.com.patritech.assets.WriteOffReason;
import br.com.patritech.assets.WriteOffRequest;
import br.com.patritech.base.DomainException;
import br.com.patritech.base.NotFoundException;
import br.com.patritech.custody.PeopleService.PersonSummary;
import br.com.patritech.custody.TermService.TermFilter;
import br.com.patritech.custody.TermService.Verification;
import br.com.patritech.security.AppUser;
import br.com.patritech.security.Permission;
import br.com.patritech.security.Role;
import br.com.patritech.security.SystemUser;
import br.com.patritech.support.IntegrationTest;
import br.com.patritech.support.TestUsers;

/** Assign, reassign, return, accept, verify; scoping by role and unit. Run on H2 and PostgreSQL. */
@IntegrationTest
abstract class CustodyServiceTests {

    @Autowired CustodyService custody;
    @Autowired TermService terms;
    @Autowired CustodyReads reads;
    @Autowired AssetService assets;
    @Autowired AssetFixtures places;
    @Autowired CustodyFixtures fixtures;
    @Autowired TestUsers testUsers;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transaction;

    Place own;
    Place other;
    long category;
    AppUser gestor;
    AppUser auditor;
    PersonSummary maria;
    PersonSummary joao;
    AssetDetails notebook;
    AssetDetails projector;

    @BeforeEach
    void setUp() {
        own = places.newUnit();
        other = places.newUnit();
        category = places.newCategory("NB");
        gestor = testUsers.principal(Role.GESTOR, Set.of(own.unitId()), EnumSet.of(Permission.ASSET_EDIT));
        auditor = testUsers.principal(Role.AUDITOR, Set.of(), Set.of());
        maria = fixtures.person(own.unitId(), "Maria Souza");
        joao = fixtures.person(own.unitId(), "João Lima");
        notebook = fixtures.asset(category, own, "Notebook", "4800.00");
        projector = fixtures.asset(category, own, "Projetor", "2500.50");
    }

    @Test
    void assigningIssuesOneNumberedTermRecordsEachHistoryAndMarksTheAssetsPending() {
        List<TermSummary> issued = SystemUser.callAs(gestor, () -> custody.assign(ids(notebook, projector), maria.id()));

        assertThat(issued).singleElement().satisfies(term -> {
            assertThat(term.number()).matches("TR-\\d{4}-\\d{6}");
            assertThat(term.kind()).isEqualTo(TermKind.RESPONSABILIDADE);
            assertThat(term.itemCount()).isEqualTo(2);
            assertThat(term.total()).isEqualByComparingTo("7300.50");
            assertThat(term.pending()).isTrue();
            assertThat(term.current()).isTrue();
        });
        List<AssetHistoryEntry> history = SystemUser.callAs(gestor, () -> assets.history(notebook.id()));
        assertThat(history).extracting(AssetHistoryEntry::type).contains(AssetEventType.CUSTODY_ASSIGNED);
        assertThat(history.toString()).contains("Maria Souza", issued.get(0).number());
        AssetFilter pendingOfMaria = AssetFilter.all().withCustodian(maria.id()).withCustodyPending(true);
        assertThat(SystemUser.callAs(gestor, () -> assets.find(pendingOfMaria, List.of(), 0, 10)))
                .extracting(AssetRow::id).containsExactlyInAnyOrder(notebook.id(), projector.id());
        assertThat(SystemUser.callAs(gestor, () -> assets.totals(pendingOfMaria)).count()).isEqualTo(2);
        assertThat(SystemUser.callAs(gestor, () -> reads.ofAsset(notebook.id()))).hasValueSatisfying(c -> {
            assertThat(c.personId()).isEqualTo(maria.id());
            assertThat(c.pending()).isTrue();
        });
    }

    @Test
    void changingTheResponsibleGivesTheOldOneAReturnTermAndTheNewOneANewTerm() {
        TermSummary first = SystemUser.callAs(gestor, () -> custody.assign(ids(notebook), maria.id())).get(0);
        List<TermSummary> second = SystemUser.callAs(gestor, () -> custody.assign(ids(notebook), joao.id()));

        assertThat(second).extracting(TermSummary::kind).containsExactly(TermKind.DEVOLUCAO, TermKind.RESPONSABILIDADE);
        assertThat(second.get(0).personId()).isEqualTo(maria.id());
        assertThat(second.get(1).personId()).isEqualTo(joao.id());
        assertThat(second.get(1).number()).isNotEqualTo(first.number());
        assertThat(SystemUser.callAs(gestor, () -> terms.get(first.id())).current()).isFalse();
        assertThat(SystemUser.callAs(gestor, () -> assets.find(AssetFilter.all().withCustodian(maria.id()),
                List.of(), 0, 10))).isEmpty();
        AssetHistoryEntry change = SystemUser.callAs(gestor, () -> assets.history(notebook.id())).get(0);
        assertThat(change.type()).isEqualTo(AssetEventType.CUSTODY_ASSIGNED);
        assertThat(change.actorName()).isEqualTo(gestor.name());
        assertThat(change.changes()).contains(
                new AssetHistoryEntry.FieldChange("custodian", maria.label(), joao.label()),
                new AssetHistoryEntry.FieldChange("custodyTerm", null, second.get(1).number()));
    }

    @Test
    void givingBackIssuesAReturnTermAndLeavesTheAssetWithoutCustodian() {
        TermSummary given = SystemUser.callAs(gestor, () -> custody.assign(ids(notebook, projector), maria.id())).get(0);
        List<TermSummary> back = SystemUser.callAs(gestor, () -> custody.giveBack(ids(notebook)));

        assertThat(back).singleElement().satisfies(t -> {
            assertThat(t.number()).matches("TD-\\d{4}-\\d{6}");
            assertThat(t.itemCount()).isEqualTo(1);
        });
        assertThat(SystemUser.callAs(gestor, () -> reads.ofAsset(notebook.id()))).isEmpty();
        assertThat(SystemUser.callAs(gestor, () -> terms.get(given.id())).current()).isTrue(); // projector still held
        assertThat(SystemUser.callAs(gestor, () -> assets.history(notebook.id())))
                .extracting(AssetHistoryEntry::type).contains(AssetEventType.CUSTODY_RETURNED);
        assertThatThrownBy(() -> SystemUser.callAs(gestor, () -> custody.giveBack(ids(notebook))))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("custody.asset.no-custodian"));
    }

    @Test
    void aGestorCannotAssignAnotherUnitsAssetNorSeeItsTerms() {
        AssetDetails elsewhere = fixtures.asset(category, other, "Cadeira", "300.00");
        PersonSummary stranger = fixtures.person(other.unitId(), "Ana Prado");
        TermSummary foreign = SystemUser.call(() -> custody.assign(ids(elsewhere), stranger.id())).get(0);

        assertThatThrownBy(() -> SystemUser.callAs(gestor, () -> custody.assign(ids(elsewhere), maria.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> SystemUser.callAs(gestor, () -> custody.assign(ids(notebook), stranger.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> SystemUser.callAs(gestor, () -> terms.get(foreign.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> SystemUser.callAs(gestor, () -> terms.pdf(foreign.id(), java.util.Locale.ROOT)))
                .isInstanceOf(NotFoundException.class);
        assertThat(SystemUser.callAs(gestor, () -> terms.find(new TermFilter(null, null, null, null), 0, 500)))
                .extracting(TermSummary::id).doesNotContain(foreign.id());
    }

    @Test
    void anAuditorReadsEverythingAndChangesNothing() {
        TermSummary term = SystemUser.callAs(gestor, () -> custody.assign(ids(notebook), maria.id())).get(0);

        assertThat(SystemUser.callAs(auditor, () -> terms.get(term.id())).number()).isEqualTo(term.number());
        assertThat(SystemUser.callAs(auditor, () -> reads.ofAsset(notebook.id()))).isPresent();
        assertThatThrownBy(() -> SystemUser.callAs(auditor, () -> custody.assign(ids(projector), maria.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SystemUser.callAs(auditor, () -> custody.giveBack(ids(notebook))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SystemUser.callAs(auditor, () -> terms.recordSigned(term.id(), term.version())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aGestorWithoutAssetEditCannotAssign() {
        AppUser reader = testUsers.principal(Role.GESTOR, Set.of(own.unitId()), EnumSet.of(Permission.ASSET_CREATE));
        assertThatThrownBy(() -> SystemUser.callAs(reader, () -> custody.assign(ids(notebook), maria.id())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void writtenOffAssetsAndPeopleOfAnotherUnitAreRefusedWithAClearReason() {
        AssetDetails old = fixtures.asset(category, own, "Mesa velha", "10.00");
        SystemUser.run(() -> assets.writeOff(old.id(), old.version(),
                new WriteOffRequest(LocalDate.now(), WriteOffReason.INUTILIZACAO_ABANDONO, null, null)));
        assertThatThrownBy(() -> SystemUser.callAs(gestor, () -> custody.assign(ids(old), maria.id())))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("custody.asset.written-off");
                    assertThat(e.getArgs()).containsExactly(old.tombo());
                });
        PersonSummary stranger = fixtures.person(other.unitId(), "Ana Prado");
        assertThatThrownBy(() -> SystemUser.call(() -> custody.assign(ids(notebook), stranger.id())))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("custody.asset.other-unit"));
    }

    @Test
    void theLinkedPersonAcceptsInTheAppAndAGestorRecordsAPaperSignature() {
        AppUser teacher = testUsers.principal(Role.GESTOR, Set.of(other.unitId()), Set.of());
        String cpf = SystemUser.call(() -> testUsersCpf(teacher));
        PersonSummary linked = fixtures.linkedPerson(own.unitId(), "Carla Dias", cpf);
        TermSummary term = SystemUser.callAs(gestor, () -> custody.assign(ids(notebook), linked.id())).get(0);

        assertThat(SystemUser.callAs(teacher, () -> reads.mine())).hasValueSatisfying(mine -> {
            assertThat(mine.assets()).extracting(CustodyReads.HeldAsset::tombo).containsExactly(notebook.tombo());
            assertThat(mine.waiting()).extracting(TermSummary::id).containsExactly(term.id());
        });
        assertThatThrownBy(() -> SystemUser.callAs(gestor, () -> terms.accept(term.id(), term.version())))
                .isInstanceOf(AccessDeniedException.class);
        TermSummary accepted = SystemUser.callAs(teacher, () -> terms.accept(term.id(), term.version()));
        assertThat(accepted.acceptance()).isEqualTo(TermAcceptance.APP);
        assertThat(accepted.acceptedBy()).isEqualTo(teacher.name());
        assertThat(SystemUser.callAs(teacher, () -> reads.mine()).orElseThrow().waiting()).isEmpty();
        assertThat(SystemUser.callAs(gestor, () -> assets.find(AssetFilter.all().withCustodyPending(true)
                .withUnit(own.unitId()), List.of(), 0, 10))).isEmpty();

        TermSummary paper = SystemUser.callAs(gestor, () -> custody.assign(ids(projector), maria.id())).get(0);
        TermSummary signed = SystemUser.callAs(gestor, () -> terms.recordSigned(paper.id(), paper.version()));
        assertThat(signed.acceptance()).isEqualTo(TermAcceptance.PAPER);
        assertThatThrownBy(() -> SystemUser.callAs(gestor, () -> terms.recordSigned(paper.id(), signed.version())))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("term.accept.already"));
    }

    @Test
    void verificationSaysOnlyWhetherNumberAndCodeAreAuthenticAndCurrent() {
        TermSummary term = SystemUser.callAs(gestor, () -> custody.assign(ids(notebook), maria.id())).get(0);
        String code = SystemUser.call(() -> codeOf(term.id()));

        assertThat(terms.verify(term.number(), code)).isEqualTo(Verification.CURRENT);
        assertThat(terms.verify(term.number().toLowerCase(), code.toLowerCase())).isEqualTo(Verification.CURRENT);
        assertThat(terms.verify(term.number(), "AAAAAAAAAA")).isEqualTo(Verification.NOT_AUTHENTIC);
        assertThat(terms.verify("TR-1999-000001", code)).isEqualTo(Verification.NOT_AUTHENTIC);
        TermSummary back = SystemUser.callAs(gestor, () -> custody.giveBack(ids(notebook))).get(0);
        assertThat(terms.verify(term.number(), code)).isEqualTo(Verification.ENDED);
        assertThat(terms.verify(back.number(), SystemUser.call(() -> codeOf(back.id()))))
                .isEqualTo(Verification.RETURN_RECORDED);
    }

    @Test
    void custodyHeldInTheOldUnitEndsWhenTheAssetLeavesIt() {
        TermSummary term = SystemUser.callAs(gestor, () -> custody.assign(ids(notebook), maria.id())).get(0);

        transaction.executeWithoutResult(s -> events.publishEvent(
                new AssetLeftUnit(notebook.id(), own.unitId(), other.unitId(), gestor)));

        assertThat(SystemUser.callAs(gestor, () -> reads.ofAsset(notebook.id()))).isEmpty();
        assertThat(SystemUser.callAs(gestor, () -> terms.get(term.id())).current()).isFalse();
        assertThat(SystemUser.callAs(gestor, () -> assets.find(AssetFilter.all().withCustodian(maria.id()),
                List.of(), 0, 10))).isEmpty();
        assertThat(SystemUser.callAs(gestor, () -> assets.history(notebook.id())))
                .extracting(AssetHistoryEntry::type).startsWith(AssetEventType.CUSTODY_RETURNED); // newest first
    }

    @Test
    void ofTwoSimultaneousAssignmentsOfOneAssetExactlyOneWins() throws Exception {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        var start = new java.util.concurrent.CyclicBarrier(2);
        try {
            List<java.util.concurrent.Future<List<TermSummary>>> results = new java.util.ArrayList<>();
            for (PersonSummary person : List.of(maria, joao)) {
                results.add(pool.submit(() -> {
                    start.await();
                    return SystemUser.callAs(gestor, () -> custody.assign(ids(notebook), person.id()));
                }));
            }
            int won = 0;
            for (var result : results) {
                try {
                    result.get();
                    won++;
                } catch (java.util.concurrent.ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOfAny(DomainException.class,
                            org.springframework.dao.ConcurrencyFailureException.class);
                }
            }
            assertThat(won).isBetween(1, 2);
            long holders = List.of(maria, joao).stream().filter(p -> !SystemUser.callAs(gestor, () -> assets.find(
                    AssetFilter.all().withCustodian(p.id()), List.of(), 0, 10)).isEmpty()).count();
            assertThat(holders).isEqualTo(1);
            // when both committed one after the other, the second is a change of custody with its return term
            if (won == 2) {
                assertThat(SystemUser.callAs(gestor, () -> terms.find(new TermFilter(null, notebook.id(), null, null),
                        0, 10))).extracting(TermSummary::kind).contains(TermKind.DEVOLUCAO);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void simultaneousIssuesNeverShareATermNumber() throws Exception {
        int n = 6;
        List<AssetDetails> many = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            many.add(fixtures.asset(category, own, "Cadeira " + i, "100.00"));
        }
        var pool = java.util.concurrent.Executors.newFixedThreadPool(n);
        var start = new java.util.concurrent.CyclicBarrier(n);
        try {
            List<java.util.concurrent.Future<TermSummary>> results = new java.util.ArrayList<>();
            for (AssetDetails asset : many) {
                results.add(pool.submit(() -> {
                    start.await();
                    return SystemUser.callAs(gestor, () -> custody.assign(ids(asset), maria.id())).get(0);
                }));
            }
            java.util.Set<String> numbers = new java.util.HashSet<>();
            for (var result : results) {
                numbers.add(result.get().number());
            }
            assertThat(numbers).hasSize(n);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void thePrintedTermListsTombosNamesAndTotalAndItsQrLeadsToTheVerificationPage() throws Exception {
        TermSummary term = SystemUser.callAs(gestor, () -> custody.assign(ids(notebook, projector), maria.id())).get(0);
        String code = SystemUser.call(() -> codeOf(term.id()));
        byte[] pdf = SystemUser.callAs(gestor, () -> terms.pdf(term.id(), java.util.Locale.forLanguageTag("pt-BR")));
        // the asset is renamed afterwards: the term keeps what it listed
        SystemUser.run(() -> {
            var form = AssetFixtures.form(category, own, "Notebook renomeado", "4800.00");
            assets.update(notebook.id(), assets.get(notebook.id()).version(), form);
        });
        byte[] again = SystemUser.callAs(gestor, () -> terms.pdf(term.id(), java.util.Locale.forLanguageTag("pt-BR")));

        try (var read = org.apache.pdfbox.Loader.loadPDF(pdf); var reread = org.apache.pdfbox.Loader.loadPDF(again)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(read);
            assertThat(text).contains("Termo de Responsabilidade", term.number(), notebook.tombo(), projector.tombo(),
                    "Notebook", "Projetor", "Maria Souza", "R$ 7.300,50", code);
            assertThat(text).doesNotContain("renomeado");
            String flowing = text.replaceAll("\\s+", " ");
            assertThat(flowing).contains(installation.institutionName(),
                    "pelos quais assumo a responsabilidade pela guarda, conservação e uso adequado",
                    "só deixam a minha responsabilidade por termo de devolução ou transferência");
            // two signature lines, the person's and the issuer's, each with its caption
            assertThat(text.split("_{20,}", -1)).hasSize(3);
            assertThat(flowing).contains("Maria Souza Responsável", gestor.name() + " Setor de patrimônio");
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(reread)).isEqualTo(text);
            var page = new org.apache.pdfbox.rendering.PDFRenderer(read).renderImageWithDPI(read.getNumberOfPages() - 1, 150);
            // the QR sits in the lower part of the last page: read it there, as a phone camera would
            var lower = page.getSubimage(0, page.getHeight() / 3, page.getWidth(), page.getHeight() * 2 / 3);
            String decoded = new com.google.zxing.MultiFormatReader().decode(new com.google.zxing.BinaryBitmap(
                    new com.google.zxing.common.HybridBinarizer(new com.google.zxing.client.j2se.BufferedImageLuminanceSource(lower))),
                    java.util.Map.of(com.google.zxing.DecodeHintType.TRY_HARDER, true)).getText();
            assertThat(decoded).endsWith("/verificar?n=" + term.number() + "&c=" + code);
        }
        byte[] english = SystemUser.callAs(gestor, () -> terms.pdf(term.id(), java.util.Locale.ENGLISH));
        try (var read = org.apache.pdfbox.Loader.loadPDF(english)) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(read)).contains("Custody Term", "R$7,300.50");
        }
    }

    @Autowired br.com.patritech.base.Installation installation;

    /**
     * A term number comes from a counter row changed in the issuing transaction. When the issue rolls back, the
     * number was never committed: no term, no history, no notification ever showed it, so the next issue takes it
     * and the series stays without gaps. A number anyone could have seen is never given again.
     */
    @Test
    void aNumberFromAnIssueThatRolledBackWasNeverSeenAndGoesToTheNextIssue() {
        String lost = SystemUser.callAs(gestor, () -> transaction.execute(status -> {
            String number = custody.assign(ids(notebook), maria.id()).get(0).number();
            status.setRollbackOnly();
            return number;
        }));

        assertThat(termRepository.findByNumber(lost)).isEmpty();
        assertThat(SystemUser.callAs(gestor, () -> terms.find(new TermFilter(maria.id(), null, null, null), 0, 10)))
                .isEmpty();
        assertThat(SystemUser.callAs(gestor, () -> assets.history(notebook.id()))).extracting(AssetHistoryEntry::type)
                .doesNotContain(AssetEventType.CUSTODY_ASSIGNED);
        TermSummary next = SystemUser.callAs(gestor, () -> custody.assign(ids(projector), joao.id())).get(0);
        assertThat(next.number()).isEqualTo(lost);
    }


    @Test
    void thePrintedReturnTermListsTheTombosThePersonAndTheUnit() throws Exception {
        SystemUser.callAs(gestor, () -> custody.assign(ids(notebook, projector), maria.id()));
        TermSummary back = SystemUser.callAs(gestor, () -> custody.giveBack(ids(notebook, projector))).get(0);
        byte[] pdf = SystemUser.callAs(gestor, () -> terms.pdf(back.id(), java.util.Locale.forLanguageTag("pt-BR")));

        try (var read = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(read);
            String flowing = text.replaceAll("\\s+", " ");
            assertThat(text).contains("Termo de Devolução", back.number(), notebook.tombo(), projector.tombo(),
                    "Notebook", "Projetor", "Maria Souza", Cpfs.masked(maria.cpf()), own.unitCode(), "R$ 7.300,50");
            assertThat(back.unitLabel()).startsWith(own.unitCode());
            assertThat(flowing).contains(back.unitLabel(), installation.institutionName(),
                    "Declaro ter devolvido os bens patrimoniais relacionados abaixo",
                    "Maria Souza Responsável (devolvente)", gestor.name() + " Recebido por (setor de patrimônio)");
            assertThat(text).doesNotContain("Termo de Responsabilidade");
        }
    }

    @Autowired PeopleService people;

    @Test
    void peopleAreSearchedByNameCpfOrRegistrationWithinTheCallersUnits() {
        PersonSummary stranger = fixtures.person(other.unitId(), "Maria Souza de Outra Unidade");
        java.util.function.Function<String, List<Long>> search = q -> SystemUser.callAs(gestor,
                () -> people.find(q, null, false, 0, 50)).stream().map(PersonSummary::id).toList();

        assertThat(search.apply("maria sou")).containsExactly(maria.id());
        assertThat(search.apply(maria.cpf().substring(2, 9))).containsExactly(maria.id());
        assertThat(search.apply("%")).isEmpty();
        assertThat(SystemUser.callAs(auditor, () -> people.find("Maria Souza", null, false, 0, 50)))
                .extracting(PersonSummary::id).contains(maria.id(), stranger.id());
        assertThatThrownBy(() -> SystemUser.callAs(gestor, () -> people.get(stranger.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> SystemUser.callAs(auditor, () -> people.create(new PeopleService.PersonForm(
                "Nova", TestUsers.randomCpf(), null, null, null, own.unitId(), false))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aPersonNeedsAValidUniqueCpfAndLinksOnlyToAnExistingAccount() {
        var bad = new PeopleService.PersonForm("Sem CPF", "111.111.111-11", null, null, "x@", own.unitId(), true);
        assertThatThrownBy(() -> SystemUser.callAs(gestor, () -> people.create(bad)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.getViolations())
                        .extracting(DomainException.Violation::field).contains("cpf", "email"));
        var twin = new PeopleService.PersonForm("Gêmea", maria.cpf(), null, null, null, own.unitId(), false);
        assertThatThrownBy(() -> SystemUser.callAs(gestor, () -> people.create(twin)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("person.cpf.duplicate"));
        var nobody = new PeopleService.PersonForm("Sem conta", TestUsers.randomCpf(), null, null, null, own.unitId(), true);
        assertThatThrownBy(() -> SystemUser.callAs(gestor, () -> people.create(nobody)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.getField()).isEqualTo("linkAccount"));
    }

    @Autowired TermRepository termRepository;
    @Autowired br.com.patritech.users.UserService users;

    private String codeOf(long termId) {
        return termRepository.findById(termId).orElseThrow().getVerificationCode();
    }

    private String testUsersCpf(AppUser user) {
        return users.user(user.id()).cpf();
    }
}
