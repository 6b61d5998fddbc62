package br.com.patritech.inventory;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import br.com.patritech.assets.AssetDetails;
import br.com.patritech.assets.AssetForm;
import br.com.patritech.assets.AssetInventoryPort;
import br.com.patritech.assets.AssetService;
import br.com.patritech.assets.AssetStatus;
import br.com.patritech.assets.Conservation;
import br.com.patritech.base.DomainException;
import br.com.patritech.base.NotFoundException;
import br.com.patritech.base.Violations;
import br.com.patritech.security.AppUser;
import br.com.patritech.security.CurrentUser;

/**
 * Counting a campaign room by room: each read is stored once per tombo (reading a label again answers with the
 * stored read), unknown items are noted, and the conservation state is updated through {@link AssetService}.
 */
@Service
public class CountingService {

    private static final String TOMBO = "[A-Z0-9][A-Z0-9./-]{0,39}";

    private final InventoryService campaigns;
    private final InventorySql sql;
    private final AssetService assets;
    private final AssetInventoryPort port;
    private final CurrentUser currentUser;
    private final Clock clock;
    /** patritech_inventory_reads_total{result}: tombos read in campaigns (first reads only), once committed. */
    private final java.util.Map<ReadResult, io.micrometer.core.instrument.Counter> reads =
            new java.util.EnumMap<>(ReadResult.class);

    CountingService(InventoryService campaigns, InventorySql sql, AssetService assets, AssetInventoryPort port,
                    CurrentUser currentUser, Clock clock, io.micrometer.core.instrument.MeterRegistry registry) {
        for (ReadResult result : ReadResult.values()) {
            reads.put(result, io.micrometer.core.instrument.Counter.builder("patritech.inventory.reads")
                    .tag("result", result.name())
                    .description("Tombos read in inventory campaigns (a repeated read is not counted again), by result")
                    .register(registry));
        }
        this.campaigns = campaigns;
        this.sql = sql;
        this.assets = assets;
        this.port = port;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The rooms of the campaign's units the current user may count in. */
    @Transactional(readOnly = true)
    public List<CountingRoom> rooms(long campaignId) {
        AppUser user = currentUser.require();
        Campaign campaign = campaigns.visible(campaignId, user);
        if (!InventoryService.mayCount(campaign, user)) {
            return List.of();
        }
        return sql.rooms(campaign.getUnitIds().stream().filter(user.visibleUnits()::contains).toList());
    }

    /**
     * Reads a tombo (or a label's link ending in {@code /t/<tombo>}) in a room. The answer comes from the stored read,
     * so it is confirmed; a tombo read before keeps its first read and answers {@code repeated}.
     */
    @Transactional
    public ReadAnswer read(long campaignId, long roomId, String code) {
        AppUser user = currentUser.require();
        Campaign campaign = campaigns.visible(campaignId, user);
        InventorySql.RoomRef room = countingRoom(campaign, roomId, user);
        String tombo = tomboOf(code);
        var asset = sql.asset(tombo);
        Optional<InventorySql.AssetRef> visibleAsset = asset.filter(a -> user.visibleUnits().contains(a.unitId()));
        ReadResult result = asset.map(a -> resultOf(a, campaign, room)).orElse(ReadResult.UNKNOWN);
        boolean stored = sql.insertRead(campaignId, tombo, asset.map(InventorySql.AssetRef::id).orElse(null), room,
                result, user.name(), Instant.now(clock));
        if (stored) {
            countOnCommit(reads.get(result));
        }
        if (stored && asset.filter(a -> a.status() == AssetStatus.NAO_LOCALIZADO).isPresent()) {
            // read again in a later campaign: it is found, whoever counted it (the read is the evidence)
            port.locate(asset.get().id(), null, user, campaign.getName());
            visibleAsset = sql.asset(tombo).filter(a -> user.visibleUnits().contains(a.unitId()));
        }
        InventorySql.StoredRead read = sql.storedRead(campaignId, tombo);
        String readIn = sql.room(read.roomId()).map(InventorySql.RoomRef::label).orElse(null);
        return new ReadAnswer(read.result(), !stored, tombo, visibleAsset.map(InventorySql.AssetRef::id).orElse(null),
                visibleAsset.map(InventorySql.AssetRef::version).orElse(null),
                visibleAsset.map(InventorySql.AssetRef::name).orElse(null),
                visibleAsset.map(InventorySql.AssetRef::unitCode).orElse(null),
                visibleAsset.map(InventorySql.AssetRef::roomName).orElse(null), readIn,
                visibleAsset.map(InventorySql.AssetRef::conservation).orElse(null), read.readAt(), read.readBy());
    }

    private static void countOnCommit(io.micrometer.core.instrument.Counter counter) {
        if (!org.springframework.transaction.support.TransactionSynchronizationManager.isSynchronizationActive()) {
            counter.increment();
            return;
        }
        org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                new org.springframework.transaction.support.TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        counter.increment();
                    }
                });
    }

    /** Notes an item found without a label, or with a tombo the system does not know, for registration later. */
    @Transactional
    public void noteUnknown(long campaignId, long roomId, String description) {
        AppUser user = currentUser.require();
        InventorySql.RoomRef room = countingRoom(campaigns.visible(campaignId, user), roomId, user);
        new Violations().require(description, "description").maxLength(description, 500, "description").throwIfAny();
        sql.insertUnknown(campaignId, room, description.strip(), user.name(), Instant.now(clock));
    }

    /** Updates the conservation state seen while counting: an edit, so it needs ASSET_EDIT and the version read. */
    public AssetDetails updateConservation(long assetId, long expectedVersion, Conservation conservation) {
        new Violations().require(conservation, "conservation").throwIfAny();
        AssetForm form = AssetForm.of(assets.get(assetId));
        form.setConservation(conservation);
        return assets.update(assetId, expectedVersion, form);
    }

    private InventorySql.RoomRef countingRoom(Campaign campaign, long roomId, AppUser user) {
        if (campaign.getStatus() != CampaignStatus.OPEN) {
            throw DomainException.of("inventory.campaign.closed");
        }
        InventorySql.RoomRef room = sql.room(roomId)
                .filter(r -> campaign.getUnitIds().contains(r.unitId()) && user.visibleUnits().contains(r.unitId()))
                .orElseThrow(() -> new NotFoundException("room", roomId));
        if (!InventoryService.mayCount(campaign, user)) {
            throw new AccessDeniedException("No permission to count in campaign " + campaign.getId());
        }
        return room;
    }

    private static ReadResult resultOf(InventorySql.AssetRef asset, Campaign campaign, InventorySql.RoomRef room) {
        if (asset.status() == AssetStatus.BAIXADO) {
            return ReadResult.WRITTEN_OFF;
        }
        if (asset.unitId() == room.unitId() && asset.roomId() != null && asset.roomId() == room.id()) {
            return ReadResult.FOUND;
        }
        // movements are frozen while counting, so the asset's unit now is the unit the campaign expected it in
        return campaign.getUnitIds().contains(asset.unitId()) ? ReadResult.MISPLACED : ReadResult.OTHER_UNIT;
    }

    /** A typed tombo, or what a scanner typed from a label's QR (the link to the asset). */
    static String tomboOf(String code) {
        String text = code == null ? "" : code.strip();
        int link = text.lastIndexOf("/t/");
        if (link >= 0) {
            text = text.substring(link + 3);
        }
        text = text.toUpperCase(Locale.ROOT);
        if (text.isEmpty()) {
            throw new DomainException("validation.required", "code");
        }
        if (!text.matches(TOMBO)) {
            throw new DomainException("asset.tombo.invalid", "code");
        }
        return text;
    }
}
