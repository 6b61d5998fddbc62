package br.com.patritech.transfers;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import br.com.patritech.assets.AssetTransit;
import br.com.patritech.base.DomainException;
import br.com.patritech.base.NotFoundException;
import br.com.patritech.base.Violations;
import br.com.patritech.custody.CustodyService;
import br.com.patritech.organization.Room;
import br.com.patritech.organization.Unit;
import br.com.patritech.security.AppUser;
import br.com.patritech.security.CurrentUser;
import br.com.patritech.security.Permission;

/**
 * Transfer guides between units (decision 0010). Who may act: the sender needs ASSET_TRANSFER in the origin unit
 * (create, cancel); the receiver ASSET_TRANSFER in the destination unit (accept, refuse); a guide is visible to
 * whoever sees either unit, and outside that it does not exist for them. Only acceptance moves assets, through
 * {@link AssetTransit}. Each decision first updates the guide on the version the caller saw, so of two people
 * deciding at once exactly one wins and the other gets a stale-version error before any asset is touched.
 */
@Service
public class TransferService {

    static final int MAX_ASSETS = 500;

    private final TransferGuideRepository guides;
    private final TransferQueries queries;
    private final TransferNumbers numbers;
    private final AssetTransit transit;
    private final CustodyService custody;
    private final TransferGuideDocument document;
    private final CurrentUser currentUser;
    private final EntityManager em;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    TransferService(TransferGuideRepository guides, TransferQueries queries, TransferNumbers numbers,
                    AssetTransit transit, CustodyService custody, TransferGuideDocument document, CurrentUser currentUser, EntityManager em, Clock clock,
                    org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.guides = guides;
        this.queries = queries;
        this.numbers = numbers;
        this.transit = transit;
        this.custody = custody;
        this.document = document;
        this.currentUser = currentUser;
        this.em = em;
        this.clock = clock;
    }

    /** Whether the user may send assets from at least one unit (to offer the action at all). */
    public boolean canSendAny() {
        return currentUser.get().map(u -> !u.unitsFor(Permission.ASSET_TRANSFER).isEmpty()).orElse(false);
    }

    @Transactional
    public TransferDetails create(NewTransfer request) {
        AppUser user = currentUser.require();
        if (user.unitsFor(Permission.ASSET_TRANSFER).isEmpty()) {
            throw new AccessDeniedException("No permission to transfer assets");
        }
        Set<Long> ids = request.assetIds() == null ? Set.of() : new LinkedHashSet<>(request.assetIds());
        Violations violations = new Violations();
        if (ids.isEmpty() || ids.contains(null)) {
            violations.add("assetIds", "transfer.assets.required");
        } else if (ids.size() > MAX_ASSETS) {
            violations.add("assetIds", "transfer.assets.too-many", MAX_ASSETS);
        }
        violations.require(request.destinationUnitId(), "destinationUnitId").require(request.reason(), "reason")
                .maxLength(request.reason(), 500, "reason").maxLength(request.note(), 2000, "note").throwIfAny();
        List<AssetTransit.Sent> assets = transit.describe(ids);
        for (AssetTransit.Sent asset : assets) {
            if (!user.visibleUnits().contains(asset.unitId())) {
                throw new NotFoundException("asset", asset.assetId());
            }
        }
        Set<Long> origins = assets.stream().map(AssetTransit.Sent::unitId).collect(Collectors.toSet());
        if (origins.size() > 1) {
            throw new DomainException("transfer.assets.one-origin", "assetIds");
        }
        Unit origin = em.find(Unit.class, origins.iterator().next());
        if (!user.unitsFor(Permission.ASSET_TRANSFER).contains(origin.getId())) {
            throw new AccessDeniedException("No permission to transfer from unit " + origin.getId());
        }
        Unit destination = em.find(Unit.class, request.destinationUnitId());
        if (destination == null) {
            violations.add("destinationUnitId", "asset.unit.unknown");
        } else if (destination.getId().equals(origin.getId())) {
            violations.add("destinationUnitId", "transfer.destination.same-unit");
        } else if (!destination.isActive()) {
            violations.add("destinationUnitId", "asset.unit.inactive");
        }
        violations.throwIfAny();
        String number = numbers.next();
        List<TransferItem> items = sendOrStale(ids, destination.getId(), user, number, request.reason().trim())
                .stream().map(s -> new TransferItem(s.assetId(), s.tombo(), s.name(), s.serialNumber(), s.value(),
                        s.roomName())).toList();
        TransferGuide guide = guides.save(new TransferGuide(number, origin, destination, request.reason().trim(),
                blankToNull(request.note()), user, items));
        em.flush();
        events.publishEvent(new GuideSent(guide.getId(), number, origin.getId(), destination.getId(), user.id()));
        return TransferGuideDetails.of(guide, user);
    }

    @Transactional
    public TransferDetails accept(long id, long expectedVersion, AcceptTransfer request) {
        AppUser user = currentUser.require();
        TransferGuide guide = forDecision(id, expectedVersion, user, true);
        Room room = null;
        if (request != null && request.roomId() != null) {
            room = em.find(Room.class, request.roomId());
            if (room == null || !room.getUnit().getId().equals(guide.getDestination().getId())) {
                throw new DomainException("asset.room.not-in-unit", "roomId");
            }
        }
        decide(guide, TransferStatus.ACEITA, user, room, null);
        Long roomId = room == null ? null : room.getId();
        guide.getItems().forEach(item -> transit.arrive(item.assetId(), guide.getDestination().getId(), roomId, user,
                guide.getNumber()));
        em.flush();
        if (request != null && request.personId() != null) {
            // Custody in the origin ended on arrival (AssetLeftUnit); the new responsible's term is part of the
            // acceptance: if custody refuses (person of another unit, no permission), nothing is accepted.
            custody.assign(guide.getItems().stream().map(TransferItem::assetId).collect(Collectors.toSet()),
                    request.personId());
        }
        return TransferGuideDetails.of(guide, user);
    }

    @Transactional
    public TransferDetails refuse(long id, long expectedVersion, RefuseTransfer request) {
        AppUser user = currentUser.require();
        TransferGuide guide = forDecision(id, expectedVersion, user, true);
        String reason = request == null ? null : request.reason();
        new Violations().require(reason, "reason").maxLength(reason, 500, "reason").throwIfAny();
        decide(guide, TransferStatus.RECUSADA, user, null, reason.trim());
        guide.getItems().forEach(item -> transit.giveBack(item.assetId(), true, user, guide.getNumber(), reason));
        em.flush();
        return TransferGuideDetails.of(guide, user);
    }

    @Transactional
    public TransferDetails cancel(long id, long expectedVersion) {
        AppUser user = currentUser.require();
        TransferGuide guide = forDecision(id, expectedVersion, user, false);
        decide(guide, TransferStatus.CANCELADA, user, null, null);
        guide.getItems().forEach(item -> transit.giveBack(item.assetId(), false, user, guide.getNumber(), null));
        em.flush();
        return TransferGuideDetails.of(guide, user);
    }

    @Transactional(readOnly = true)
    public TransferDetails get(long id) {
        AppUser user = currentUser.require();
        return TransferGuideDetails.of(visible(id, user), user);
    }

    /** The printed guide (PDF), in the reader's language; anyone who sees the guide may print it. */
    @Transactional(readOnly = true)
    public byte[] pdf(long id, java.util.Locale locale) {
        return br.com.patritech.documents.PdfDocuments.render(document.of(get(id), locale));
    }

    /** A page of a unit's incoming or outgoing guides (all the caller sees when unitId is null), pending first. */
    @Transactional(readOnly = true)
    public List<TransferRow> find(TransferDirection direction, Long unitId, int offset, int limit) {
        return queries.page(direction, unitId, currentUser.require().visibleUnits(), offset, Math.min(limit, 500));
    }

    @Transactional(readOnly = true)
    public long count(TransferDirection direction, Long unitId) {
        return queries.count(direction, unitId, currentUser.require().visibleUnits());
    }

    /** How many pending guides the current user could accept or refuse now (for the dashboard). */
    @Transactional(readOnly = true)
    public long waitingForMe() {
        return currentUser.get().map(u -> queries.pendingInto(u.unitsFor(Permission.ASSET_TRANSFER))).orElse(0L);
    }

    /** Units a guide may go to: every active unit (a sender need not manage the destination). */
    @Transactional(readOnly = true)
    public List<TransferDetails.Place> destinations() {
        currentUser.require();
        return queries.activeUnits();
    }

    /** Someone changed one of the assets meanwhile (another guide took it first): a stale-version error. */
    private List<AssetTransit.Sent> sendOrStale(Set<Long> ids, long to, AppUser user, String number, String reason) {
        try {
            return transit.send(ids, to, user, number, reason);
        } catch (OptimisticLockException e) {
            throw new ObjectOptimisticLockingFailureException("asset", ids, e);
        }
    }

    /** Opens a decision: visible, allowed on the side that decides, on the version seen, still pending. */
    private TransferGuide forDecision(long id, long expectedVersion, AppUser user, boolean receiving) {
        TransferGuide guide = visible(id, user);
        Unit side = receiving ? guide.getDestination() : guide.getOrigin();
        if (!user.unitsFor(Permission.ASSET_TRANSFER).contains(side.getId())) {
            throw new AccessDeniedException("No permission to decide guide " + id);
        }
        if (guide.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(TransferGuide.class, id);
        }
        if (guide.getStatus() != TransferStatus.PENDENTE) {
            throw DomainException.of("transfer.already-decided");
        }
        return guide;
    }

    /** The guide's row changes first (version-checked), so a concurrent decision fails before any asset moves. */
    private void decide(TransferGuide guide, TransferStatus outcome, AppUser user, Room room, String why) {
        guide.decide(outcome, user, clock.instant(), room, why);
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ObjectOptimisticLockingFailureException(TransferGuide.class, guide.getId(), e);
        }
    }

    TransferGuide visible(long id, AppUser user) {
        return guides.findById(id).filter(g -> user.visibleUnits().contains(g.getOrigin().getId())
                || user.visibleUnits().contains(g.getDestination().getId()))
                .orElseThrow(() -> new NotFoundException("transfer", id));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
