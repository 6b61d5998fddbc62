package br.com.patritech.custody;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import br.com.patritech.assets.AssetCustodyPort;
import br.com.patritech.assets.AssetCustodyPort.CustodyAsset;
import br.com.patritech.security.AppUser;

/**
 * The port a spreadsheet import names responsible people through (decision 0014): people looked up by CPF, or by
 * name within a unit, one query per batch; a missing one registered through {@link PeopleService#create} (its rules
 * and rights); and the imported assets of each person recorded in their custody the way {@link CustodyService#assign}
 * does it: one termo de responsabilidade per person and batch, pending until the person accepts it (in "Meus bens")
 * or a gestor records the paper signature, an open assignment and a CUSTODY_ASSIGNED history entry per asset.
 * Written set-based (multi-row inserts shared by the batch's people), inside the caller's transaction. The caller has checked that the importing
 * user may manage custody in the person's unit, that the person is active and of the asset's unit, and that the
 * asset's state allows custody.
 */
@Component
public class CustodyImports {

    /** A person as the import needs them. */
    public record ImportPerson(long id, String name, String cpf, long unitId, boolean active) {

        /** Name and masked CPF, as history and lists show a person. */
        public String label() {
            return name + " (" + Cpfs.masked(cpf) + ")";
        }
    }

    private static final int ROWS_PER_STATEMENT = 100;
    private static final String PERSON = "select id, name, cpf, unit_id, active from custody_people where ";

    private final PeopleService peopleService;
    private final TermIssuer issuer;
    private final AssetCustodyPort port;
    private final JdbcTemplate jdbc;
    private final EntityManager em;
    private final Clock clock;

    CustodyImports(PeopleService peopleService, TermIssuer issuer, AssetCustodyPort port, JdbcTemplate jdbc,
                   EntityManager em, Clock clock) {
        this.peopleService = peopleService;
        this.issuer = issuer;
        this.port = port;
        this.jdbc = jdbc;
        this.em = em;
        this.clock = clock;
    }

    /** The people with these CPFs (11 digits), by CPF; one query for up to 1,000 CPFs. */
    public Map<String, ImportPerson> byCpf(Collection<String> cpfs) {
        Map<String, ImportPerson> found = new HashMap<>();
        List<String> wanted = List.copyOf(cpfs);
        for (int from = 0; from < wanted.size(); from += 1000) {
            List<String> chunk = wanted.subList(from, Math.min(wanted.size(), from + 1000));
            jdbc.query(PERSON + "cpf in (" + marks(chunk.size()) + ")", rs -> {
                found.put(rs.getString("cpf"), person(rs));
            }, chunk.toArray());
        }
        return found;
    }

    /**
     * The people of these units whose names (compared without case) are among these; one query. The answer is keyed
     * by unit id and lower-case name and may hold several people for one name.
     */
    public Map<String, List<ImportPerson>> byName(Collection<Long> unitIds, Collection<String> names) {
        Map<String, List<ImportPerson>> found = new HashMap<>();
        if (unitIds.isEmpty() || names.isEmpty()) {
            return found;
        }
        List<Object> args = new ArrayList<>(unitIds);
        names.forEach(n -> args.add(n.toLowerCase(Locale.ROOT)));
        jdbc.query(PERSON + "unit_id in (" + marks(unitIds.size()) + ") and lower(name) in (" + marks(names.size())
                + ")", rs -> {
                    ImportPerson p = person(rs);
                    found.computeIfAbsent(nameKey(p.unitId(), p.name()), k -> new ArrayList<>()).add(p);
                }, args.toArray());
        return found;
    }

    /** How {@link #byName} keys its answer. */
    public static String nameKey(long unitId, String name) {
        return unitId + "/" + name.trim().toLowerCase(Locale.ROOT);
    }

    /**
     * Registers a person of the unit with just a name and a CPF, through the people form's rules and rights (ASSET_EDIT
     * in the unit); a refusal is thrown as the form throws it.
     */
    public ImportPerson create(String name, String cpf, long unitId) {
        PeopleService.PersonSummary created = peopleService.create(new PeopleService.PersonForm(name, cpf, null, null,
                null, unitId, false));
        return new ImportPerson(created.id(), created.name(), created.cpf(), created.unitId(), created.active());
    }

    /**
     * Records the custody of freshly imported assets, which {@code AssetImports} registered with their custodian
     * (pending): per person one termo de responsabilidade listing their assets, the open assignments, and a
     * CUSTODY_ASSIGNED history entry per asset; the statements shared by all the batch's people.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void assignImported(Map<Long, List<CustodyAsset>> byPerson, AppUser actor) {
        if (byPerson.isEmpty()) {
            return;
        }
        Map<Person, List<CustodyAsset>> held = new java.util.LinkedHashMap<>();
        Map<Long, Person> people = new HashMap<>();
        em.createQuery("select p from Person p where p.id in :ids", Person.class)
                .setParameter("ids", byPerson.keySet()).getResultList().forEach(p -> people.put(p.getId(), p));
        byPerson.forEach((id, assets) -> held.put(people.get(id), assets));
        Instant now = clock.instant();
        Map<Long, Term> terms = issuer.issueAll(TermKind.RESPONSABILIDADE, held, actor, now);
        Timestamp started = Timestamp.from(now);
        List<Object[]> rows = new ArrayList<>();
        List<AssetCustodyPort.ImportedCustody> history = new ArrayList<>();
        byPerson.forEach((personId, assets) -> {
            Term term = terms.get(personId);
            String label = people.get(personId).label();
            for (CustodyAsset asset : assets) {
                rows.add(new Object[] {asset.id(), asset.id(), personId, term.getId(), started});
                history.add(new AssetCustodyPort.ImportedCustody(asset.id(), label, term.getNumber()));
            }
        });
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
            jdbc.update("insert into custody_assignments (asset_id, open_asset_id, person_id, term_id, started_at)"
                    + " values " + String.join(", ", Collections.nCopies(chunk.size(), "(?, ?, ?, ?, ?)")),
                    chunk.stream().flatMap(java.util.Arrays::stream).toArray());
        }
        port.importedInCustody(history, actor);
    }

    private static ImportPerson person(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new ImportPerson(rs.getLong("id"), rs.getString("name"), rs.getString("cpf"), rs.getLong("unit_id"),
                rs.getBoolean("active"));
    }

    private static String marks(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }
}
