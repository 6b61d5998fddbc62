package br.com.patritech.inventory;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import br.com.patritech.base.DomainException;
import br.com.patritech.base.NotFoundException;
import br.com.patritech.base.Violations;
import br.com.patritech.security.AppUser;
import br.com.patritech.security.CurrentUser;
import br.com.patritech.security.Permission;
import br.com.patritech.security.Role;

/**
 * Inventory campaigns: open (freezing the units' movements), list, progress, close (lifting the freeze). An ADMIN,
 * or a GESTOR with INVENTORY_MANAGE in every unit of the campaign, opens and closes; whoever sees one of its units
 * sees the campaign and the figures of the units they see.
 */
@Service
public class InventoryService {

    private final CampaignRepository campaigns;
    private final InventorySql sql;
    private final CurrentUser currentUser;
    private final EntityManager em;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    InventoryService(CampaignRepository campaigns, InventorySql sql, CurrentUser currentUser, EntityManager em,
                     Clock clock, org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.campaigns = campaigns;
        this.sql = sql;
        this.currentUser = currentUser;
        this.em = em;
        this.clock = clock;
    }

    /** Whether the current user may open a campaign somewhere (to show or hide the button). */
    public boolean mayOpenAny() {
        return currentUser.get().map(u -> !u.unitsFor(Permission.INVENTORY_MANAGE).isEmpty()).orElse(false);
    }

    @Transactional
    public CampaignSummary open(CampaignForm form) {
        AppUser user = currentUser.require();
        if (user.unitsFor(Permission.INVENTORY_MANAGE).isEmpty()) {
            throw new AccessDeniedException("No permission to open inventory campaigns");
        }
        Violations violations = new Violations().require(form.name(), "name").maxLength(form.name(), 120, "name")
                .require(form.startsOn(), "startsOn");
        if (form.unitIds().isEmpty()) {
            violations.add("unitIds", "validation.required");
        }
        if (form.committee().isEmpty()) {
            violations.add("committee", "validation.required");
        }
        if (form.startsOn() != null && form.endsOn() != null && form.endsOn().isBefore(form.startsOn())) {
            violations.add("endsOn", "inventory.campaign.ends-before-start");
        }
        violations.throwIfAny();
        List<CampaignSummary.Place> units = sql.units(form.unitIds());
        if (units.size() != form.unitIds().size() || !user.visibleUnits().containsAll(form.unitIds())) {
            throw new NotFoundException("unit", form.unitIds());
        }
        if (!user.unitsFor(Permission.INVENTORY_MANAGE).containsAll(form.unitIds())) {
            throw new AccessDeniedException("No permission to open inventory campaigns in " + form.unitIds());
        }
        if (sql.activeUsers(form.committee()) != form.committee().size()) {
            violations.add("committee", "inventory.committee.unknown");
        }
        sql.openCampaignCounting(form.unitIds())
                .ifPresent(name -> violations.add("unitIds", "inventory.unit.already-counting", name));
        violations.throwIfAny();
        Campaign campaign = campaigns.save(new Campaign(form.name().strip(), form.startsOn(), form.endsOn(),
                form.unitIds(), form.committee()));
        em.flush();
        sql.snapshotExpected(campaign.getId(), form.unitIds());
        events.publishEvent(new CampaignOpened(campaign.getId(), campaign.getName(), form.committee()));
        return summary(campaign, user);
    }

    /** The campaigns touching the user's units, newest first (a handful a year: no paging needed). */
    @Transactional(readOnly = true)
    public List<CampaignSummary> list() {
        AppUser user = currentUser.require();
        return em.createQuery("select c from Campaign c", Campaign.class).getResultList().stream()
                .filter(c -> user.visibleUnits().containsAny(c.getUnitIds()))
                .sorted(Comparator.comparing(Campaign::getStartsOn).thenComparing(Campaign::getId).reversed())
                .map(c -> summary(c, user)).toList();
    }

    @Transactional(readOnly = true)
    public CampaignSummary get(long id) {
        AppUser user = currentUser.require();
        return summary(visible(id, user), user);
    }

    /** Per unit and room of the user's units: expected, found, misplaced, missing (counts and values). */
    @Transactional(readOnly = true)
    public List<ProgressRow> progress(long id) {
        AppUser user = currentUser.require();
        visible(id, user);
        return sql.progress(id, user.visibleUnits());
    }

    @Transactional
    public CampaignSummary close(long id, long expectedVersion) {
        AppUser user = currentUser.require();
        Campaign campaign = visible(id, user);
        if (!mayManage(campaign, user)) {
            throw new AccessDeniedException("No permission to close campaign " + id);
        }
        if (campaign.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Campaign.class, id);
        }
        if (campaign.getStatus() != CampaignStatus.OPEN) {
            throw DomainException.of("inventory.campaign.closed");
        }
        campaign.close(Instant.now(clock), user.name());
        em.flush();
        return summary(campaign, user);
    }

    /** Users who may sit on the committee of a campaign over these units. */
    @Transactional(readOnly = true)
    public List<CampaignSummary.Place> committeeCandidates(Set<Long> unitIds) {
        AppUser user = currentUser.require();
        return sql.committeeCandidates(unitIds.stream().filter(user.visibleUnits()::contains).toList());
    }

    /** Outside the caller's units a campaign does not exist for them. */
    Campaign visible(long id, AppUser user) {
        return campaigns.findById(id).filter(c -> user.visibleUnits().containsAny(c.getUnitIds()))
                .orElseThrow(() -> new NotFoundException("campaign", id));
    }

    static boolean mayManage(Campaign campaign, AppUser user) {
        return user.unitsFor(Permission.INVENTORY_MANAGE).containsAll(campaign.getUnitIds());
    }

    /** Counting is for the committee and the campaign's managers, never for auditors, in the units they see. */
    static boolean mayCount(Campaign campaign, AppUser user) {
        return user.role() != Role.AUDITOR && campaign.getStatus() == CampaignStatus.OPEN
                && user.visibleUnits().containsAny(campaign.getUnitIds())
                && (user.isAdmin() || campaign.getCommittee().contains(user.id())
                || user.has(Permission.INVENTORY_MANAGE));
    }

    private CampaignSummary summary(Campaign c, AppUser user) {
        return new CampaignSummary(c.getId(), c.getVersion(), c.getName(), c.getStartsOn(), c.getEndsOn(), c.getStatus(),
                sql.units(c.getUnitIds()), sql.userNames(c.getCommittee()), c.getClosedAt(), c.getClosedBy(),
                mayCount(c, user), c.getStatus() == CampaignStatus.OPEN && mayManage(c, user));
    }
}
