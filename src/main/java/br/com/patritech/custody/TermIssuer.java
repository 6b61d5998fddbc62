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
     * As {@link #issue}, with the term's items written by multi-row inserts instead of one statement each (an import
     * lists up to a thousand assets per term). The term is detached afterwards, since its entity does not hold them.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    Term issueSetBased(TermKind kind, Person person, List<CustodyAsset> assets, AppUser actor, Instant when) {
        long unitId = assets.get(0).unitId();
        Unit unit = em.find(Unit.class, unitId);
        Term term = terms.save(new Term(numbers.next(kind), kind, numbers.verificationCode(), unitId,
                unit.getCode() + " - " + unit.getName(), person, when, actor.name(), List.of()));
        em.flush();
        for (int from = 0; from < assets.size(); from += ITEMS_PER_STATEMENT) {
            List<CustodyAsset> chunk = assets.subList(from, Math.min(assets.size(), from + ITEMS_PER_STATEMENT));
            List<Object> args = new java.util.ArrayList<>(chunk.size() * 7);
            for (int i = 0; i < chunk.size(); i++) {
                CustodyAsset a = chunk.get(i);
                args.addAll(java.util.Arrays.asList(term.getId(), from + i, a.id(), a.tombo(), a.name(),
                        a.serialNumber(), a.value()));
            }
            jdbc.update("insert into custody_term_items (term_id, position, asset_id, tombo, name, serial_number,"
                    + " item_value) values " + String.join(", ", java.util.Collections.nCopies(chunk.size(),
                    "(?, ?, ?, ?, ?, ?, ?)")), args.toArray());
        }
        em.detach(term);
        if (kind == TermKind.RESPONSABILIDADE && person.getUserId() != null) {
            events.publishEvent(new TermIssued(term.getId(), term.getNumber(), person.getUserId()));
        }
        return term;
    }

    TermSummary summary(Term t) {
        boolean current = t.getKind() == TermKind.RESPONSABILIDADE && t.getId() != null
                && assignments.existsByTermIdAndOpenAssetIdIsNotNull(t.getId());
        return new TermSummary(t.getId(), t.getVersion(), t.getNumber(), t.getKind(), t.getUnitId(), t.getUnitLabel(),
                t.getPersonId(), t.getPersonName(), t.getIssuedAt(), t.getIssuedBy(), t.getItems().size(), t.total(),
                t.getAcceptance(), t.getAcceptedAt(), t.getAcceptedBy(), current);
    }
}
