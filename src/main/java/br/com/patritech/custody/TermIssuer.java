package br.com.patritech.custody;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import br.com.patritech.assets.AssetCustodyPort.CustodyAsset;
import br.com.patritech.organization.Unit;
import br.com.patritech.security.AppUser;

/** Issues terms: the next number of the series, a verification code, and a frozen copy of what they list. */
@Component
class TermIssuer {

    private static final int ITEMS_PER_STATEMENT = 100;

    private final TermRepository terms;
    private final AssignmentRepository assignments;
    private final TermNumbers numbers;
    private final EntityManager em;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;

    TermIssuer(TermRepository terms, AssignmentRepository assignments, TermNumbers numbers, EntityManager em,
               org.springframework.context.ApplicationEventPublisher events,
               org.springframework.jdbc.core.JdbcTemplate jdbc) {
        this.events = events;
        this.jdbc = jdbc;
        this.terms = terms;
        this.assignments = assignments;
        this.numbers = numbers;
        this.em = em;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    Term issue(TermKind kind, Person person, List<CustodyAsset> assets, AppUser actor, Instant when) {
        long unitId = assets.get(0).unitId();
        Unit unit = em.find(Unit.class, unitId);
        List<Term.Item> items = assets.stream().map(a -> new Term.Item(a.id(), a.tombo(), a.name(), a.serialNumber(),
                a.value())).toList();
        Term term = terms.save(new Term(numbers.next(kind), kind, numbers.verificationCode(), unitId,
                unit.getCode() + " - " + unit.getName(), person, when, actor.name(), items));
        if (kind == TermKind.RESPONSABILIDADE && person.getUserId() != null) {
            events.publishEvent(new TermIssued(term.getId(), term.getNumber(), person.getUserId()));
        }
        return term;
    }

    /**
     * As {@link #issue}, one term per person, with all the terms' items written by multi-row inserts instead of one
     * statement each (an import lists up to a thousand assets per batch). The terms are detached afterwards, since
     * their entities do not hold those items. Answers each person's term, by person id.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    java.util.Map<Long, Term> issueAll(TermKind kind, java.util.Map<Person, List<CustodyAsset>> assets, AppUser actor,
                                       Instant when) {
        java.util.Map<Long, Term> issued = new java.util.LinkedHashMap<>();
        List<Object[]> items = new java.util.ArrayList<>();
        assets.forEach((person, held) -> {
            long unitId = held.get(0).unitId();
            Unit unit = em.find(Unit.class, unitId);
            Term term = terms.save(new Term(numbers.next(kind), kind, numbers.verificationCode(), unitId,
                    unit.getCode() + " - " + unit.getName(), person, when, actor.name(), List.of()));
            issued.put(person.getId(), term);
            for (int i = 0; i < held.size(); i++) {
                CustodyAsset a = held.get(i);
                items.add(new Object[] {term.getId(), i, a.id(), a.tombo(), a.name(), a.serialNumber(), a.value()});
            }
        });
        em.flush();
        for (int from = 0; from < items.size(); from += ITEMS_PER_STATEMENT) {
            List<Object[]> chunk = items.subList(from, Math.min(items.size(), from + ITEMS_PER_STATEMENT));
            jdbc.update("insert into custody_term_items (term_id, position, asset_id, tombo, name, serial_number,"
                    + " item_value) values " + String.join(", ", java.util.Collections.nCopies(chunk.size(),
                    "(?, ?, ?, ?, ?, ?, ?)")), chunk.stream().flatMap(java.util.Arrays::stream).toArray());
        }
        assets.keySet().forEach(person -> {
            Term term = issued.get(person.getId());
            em.detach(term);
            if (kind == TermKind.RESPONSABILIDADE && person.getUserId() != null) {
                events.publishEvent(new TermIssued(term.getId(), term.getNumber(), person.getUserId()));
            }
        });
        return issued;
    }

    TermSummary summary(Term t) {
        boolean current = t.getKind() == TermKind.RESPONSABILIDADE && t.getId() != null
                && assignments.existsByTermIdAndOpenAssetIdIsNotNull(t.getId());
        return new TermSummary(t.getId(), t.getVersion(), t.getNumber(), t.getKind(), t.getUnitId(), t.getUnitLabel(),
                t.getPersonId(), t.getPersonName(), t.getIssuedAt(), t.getIssuedBy(), t.getItems().size(), t.total(),
                t.getAcceptance(), t.getAcceptedAt(), t.getAcceptedBy(), current);
    }
}
