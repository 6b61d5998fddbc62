package br.com.patritech.custody;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import br.com.patritech.assets.AssetAction;
import br.com.patritech.assets.AssetCustodyPort;
import br.com.patritech.assets.AssetCustodyPort.CustodyAsset;
import br.com.patritech.assets.AssetEventType;
import br.com.patritech.assets.AssetLeftUnit;
import br.com.patritech.assets.AssetStatus;
import br.com.patritech.base.DomainException;
import br.com.patritech.base.NotFoundException;
import br.com.patritech.security.AppUser;
import br.com.patritech.security.CurrentUser;

/**
 * Assigning assets to a responsible person and taking them back, in bulk. Each call issues its terms (a termo de
 * responsabilidade for the new holder, a termo de devolução for each previous one) and writes each asset's history.
 * Person and assets must be of one unit where the caller holds ASSET_EDIT; written-off or in-transit assets keep
 * their custody. Of two simultaneous assignments of one asset exactly one commits (see {@link Assignment}).
 */
@Service
public class CustodyService {

    static final int MAX_ASSETS = 500;

    private final PeopleService peopleService;
    private final AssetCustodyPort port;
    private final AssignmentRepository assignments;
    private final TermIssuer issuer;
    private final PersonRepository people;
    private final CurrentUser currentUser;
    private final Clock clock;

    CustodyService(PeopleService peopleService, AssetCustodyPort port, AssignmentRepository assignments,
                   TermIssuer issuer, PersonRepository people, CurrentUser currentUser, Clock clock) {
        this.peopleService = peopleService;
        this.port = port;
        this.assignments = assignments;
        this.issuer = issuer;
        this.people = people;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Makes the person responsible for the assets; returns the terms issued (devoluções first). */
    @Transactional
    public List<TermSummary> assign(Set<Long> assetIds, long personId) {
        AppUser user = currentUser.require();
        Person person = peopleService.visible(personId, user);
        PeopleService.requireManager(user, person.getUnitId());
        if (!person.isActive()) {
            throw new DomainException("custody.person.inactive", "personId", person.getName());
        }
        List<CustodyAsset> targets = load(assetIds, user);
        for (CustodyAsset asset : targets) {
            if (asset.unitId() != person.getUnitId()) {
                throw new DomainException("custody.asset.other-unit", "assetIds", asset.tombo());
            }
            if (Long.valueOf(personId).equals(asset.custodianId())) {
                throw new DomainException("custody.asset.already-held", "assetIds", asset.tombo(), person.getName());
            }
        }
        Instant now = clock.instant();
        List<TermSummary> issued = new ArrayList<>();
        Map<Long, String> previousHolder = new LinkedHashMap<>();
        Map<Long, List<Assignment>> openByPerson = new LinkedHashMap<>();
        for (Assignment open : assignments.findByOpenAssetIdIn(ids(targets))) {
            openByPerson.computeIfAbsent(open.getPersonId(), k -> new ArrayList<>()).add(open);
        }
        for (var entry : openByPerson.entrySet()) {
            Person holder = people.findById(entry.getKey()).orElseThrow();
            List<Long> returned = entry.getValue().stream().map(Assignment::getAssetId).toList();
            Term devolution = issuer.issue(TermKind.DEVOLUCAO, holder, targets.stream()
                    .filter(a -> returned.contains(a.id())).toList(), user, now);
            entry.getValue().forEach(a -> {
                a.end(Assignment.EndReason.REASSIGNED, now, devolution.getId());
                previousHolder.put(a.getAssetId(), holder.label());
            });
            issued.add(issuer.summary(devolution));
        }
        assignments.flush(); // the ended assignments free their assets before the new ones claim them
        Term term = issuer.issue(TermKind.RESPONSABILIDADE, person, targets, user, now);
        try {
            for (CustodyAsset asset : targets) {
                port.change(asset.id(), personId, true, AssetEventType.CUSTODY_ASSIGNED, user,
                        previousHolder.get(asset.id()), person.label(), term.getNumber());
                assignments.save(new Assignment(asset.id(), personId, term.getId(), now));
            }
            flush(targets);
        } catch (DataIntegrityViolationException race) {
            throw raced(targets);
        }
        issued.add(issuer.summary(term));
        return issued;
    }

    /** The current holders give the assets back; one termo de devolução per holder. */
    @Transactional
    public List<TermSummary> giveBack(Set<Long> assetIds) {
        AppUser user = currentUser.require();
        List<CustodyAsset> targets = load(assetIds, user);
        Map<Long, Assignment> open = new LinkedHashMap<>();
        assignments.findByOpenAssetIdIn(ids(targets)).forEach(a -> open.put(a.getAssetId(), a));
        Map<Long, List<CustodyAsset>> byPerson = new LinkedHashMap<>();
        for (CustodyAsset asset : targets) {
            Assignment assignment = open.get(asset.id());
            if (assignment == null) {
                throw new DomainException("custody.asset.no-custodian", "assetIds", asset.tombo());
            }
            byPerson.computeIfAbsent(assignment.getPersonId(), k -> new ArrayList<>()).add(asset);
        }
        Instant now = clock.instant();
        List<TermSummary> issued = new ArrayList<>();
        for (var entry : byPerson.entrySet()) {
            Person holder = people.findById(entry.getKey()).orElseThrow();
            Term devolution = issuer.issue(TermKind.DEVOLUCAO, holder, entry.getValue(), user, now);
            for (CustodyAsset asset : entry.getValue()) {
                open.get(asset.id()).end(Assignment.EndReason.RETURNED, now, devolution.getId());
                port.change(asset.id(), null, false, AssetEventType.CUSTODY_RETURNED, user, holder.label(), null,
                        devolution.getNumber());
            }
            issued.add(issuer.summary(devolution));
        }
        flush(targets);
        return issued;
    }

    /** An asset that leaves its unit (an accepted transfer) leaves its custodian there: the custody ends. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void assetLeftUnit(AssetLeftUnit event) {
        assignments.findByOpenAssetId(event.assetId()).ifPresent(open -> {
            Person holder = people.findById(open.getPersonId()).orElseThrow();
            open.end(Assignment.EndReason.LEFT_UNIT, clock.instant(), null);
            port.clear(event.assetId(), event.actor(), holder.label());
        });
        assignments.flush();
    }

    /** Ids of the assets of a room that can change custody now (for "all assets of this room"). */
    @Transactional(readOnly = true)
    public List<Long> assetIdsInRoom(long roomId) {
        currentUser.require();
        return port.idsInRoom(roomId);
    }

    /** The assets, each visible to the caller, in a unit where they manage custody, in a state that allows it. */
    private List<CustodyAsset> load(Set<Long> assetIds, AppUser user) {
        if (assetIds == null || assetIds.isEmpty() || assetIds.stream().anyMatch(java.util.Objects::isNull)) {
            throw new DomainException("custody.assets.required", "assetIds");
        }
        if (assetIds.size() > MAX_ASSETS) {
            throw new DomainException("custody.assets.too-many", "assetIds", MAX_ASSETS);
        }
        Set<Long> wanted = new TreeSet<>(assetIds);
        List<CustodyAsset> found = port.load(wanted);
        for (Long id : wanted) {
            CustodyAsset asset = found.stream().filter(a -> a.id() == id).findFirst()
                    .filter(a -> user.visibleUnits().contains(a.unitId()))
                    .orElseThrow(() -> new NotFoundException("asset", id));
            PeopleService.requireManager(user, asset.unitId());
            if (!asset.status().allows(AssetAction.CUSTODY)) {
                throw new DomainException(asset.status() == AssetStatus.BAIXADO ? "custody.asset.written-off"
                        : "custody.asset.locked", "assetIds", asset.tombo());
            }
        }
        return found;
    }

    /** Writes now, so the loser of a race on the same asset hears it here, as a clear refusal. */
    private void flush(List<CustodyAsset> targets) {
        try {
            assignments.flush();
        } catch (DataIntegrityViolationException race) {
            throw raced(targets);
        }
    }

    private static DomainException raced(List<CustodyAsset> targets) {
        return new DomainException("custody.assign.in-use", "assetIds",
                String.join(", ", targets.stream().map(CustodyAsset::tombo).toList()));
    }

    private static List<Long> ids(List<CustodyAsset> assets) {
        return assets.stream().map(CustodyAsset::id).toList();
    }
}
