package br.com.patritech.assets;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.DynamicUpdate;

import br.com.patritech.base.AbstractEntity;
import br.com.patritech.catalog.Category;
import br.com.patritech.organization.Room;
import br.com.patritech.organization.Unit;

/**
 * Bem: one asset with its patrimony number (tombo). Never deleted; a write-off keeps it forever. Updates write only
 * the columns that changed, so an edit never writes back a sort key that a rename (AssetSortKeys) changed meanwhile.
 */
@Entity
@DynamicUpdate
@Table(name = "assets")
class Asset extends AbstractEntity {

    @Column(nullable = false, updatable = false)
    private String tombo;

    @Column(nullable = false)
    private String name;

    private String description;

    @Column(name = "serial_number")
    private String serialNumber;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_id", nullable = false)
    private Category category;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    private Unit unit;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "room_id")
    private Room room;

    // Copies of the category's name, the unit's code and the room's name, for sorts an index can serve (V8).
    @Column(name = "category_name", nullable = false)
    private String categoryName;

    @Column(name = "unit_code", nullable = false)
    private String unitCode;

    @Column(name = "room_name")
    private String roomName;

    @Column(name = "acquisition_value", nullable = false, precision = 15, scale = 2)
    private BigDecimal acquisitionValue;

    @Column(name = "acquisition_date")
    private LocalDate acquisitionDate;

    private String supplier;

    @Column(name = "invoice_number")
    private String invoiceNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Origin origin;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Conservation conservation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Classification classification;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AssetStatus status = AssetStatus.ATIVO;

    @Column(name = "write_off_date")
    private LocalDate writeOffDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "write_off_reason")
    private WriteOffReason writeOffReason;

    @Column(name = "write_off_process")
    private String writeOffProcess;

    @Column(name = "write_off_note")
    private String writeOffNote;

    @Column(name = "written_off_by")
    private String writtenOffBy;

    /** While in transit: the state to return to when the transfer ends (see {@link AssetTransit}). */
    @Enumerated(EnumType.STRING)
    @Column(name = "status_before_transit")
    private AssetStatus statusBeforeTransit;

    /**
     * The current responsible person (custody feature), written only through {@link AssetCustodyPort} (and, for a new
     * asset a spreadsheet names a custodian for, by {@link AssetImports}' insert).
     */
    @Column(name = "custodian_id")
    private Long custodianId;

    /** Whether the custodian's term waits for acceptance or signature; written only through {@link AssetCustodyPort}. */
    @Column(name = "custody_pending", nullable = false)
    private boolean custodyPending;

    protected Asset() {
    }

    Asset(String tombo) {
        this.tombo = tombo;
    }

    void writeOff(LocalDate date, WriteOffReason reason, String process, String note, String by) {
        status = AssetStatus.BAIXADO;
        writeOffDate = date;
        writeOffReason = reason;
        writeOffProcess = process;
        writeOffNote = note;
        writtenOffBy = by;
    }

    void revertWriteOff() {
        status = AssetStatus.ATIVO;
        writeOffDate = null;
        writeOffReason = null;
        writeOffProcess = null;
        writeOffNote = null;
        writtenOffBy = null;
    }

    void enterTransit() {
        statusBeforeTransit = status;
        status = AssetStatus.EM_TRANSITO;
    }

    /** Back to the state it had when it was sent. */
    void leaveTransit() {
        status = statusBeforeTransit == null ? AssetStatus.ATIVO : statusBeforeTransit;
        statusBeforeTransit = null;
    }

    void moveTo(Unit newUnit, Room newRoom) {
        unit = newUnit;
        room = newRoom;
        unitCode = newUnit.getCode();
        roomName = newRoom == null ? null : newRoom.getName();
    }

    String getTombo() {
        return tombo;
    }

    String getName() {
        return name;
    }

    void setName(String name) {
        this.name = name;
    }

    String getDescription() {
        return description;
    }

    void setDescription(String description) {
        this.description = description;
    }

    String getSerialNumber() {
        return serialNumber;
    }

    void setSerialNumber(String serialNumber) {
        this.serialNumber = serialNumber;
    }

    Category getCategory() {
        return category;
    }

    void setCategory(Category category) {
        this.category = category;
        this.categoryName = category.getName();
    }

    Unit getUnit() {
        return unit;
    }

    Room getRoom() {
        return room;
    }

    BigDecimal getAcquisitionValue() {
        return acquisitionValue;
    }

    void setAcquisitionValue(BigDecimal acquisitionValue) {
        this.acquisitionValue = acquisitionValue;
    }

    LocalDate getAcquisitionDate() {
        return acquisitionDate;
    }

    void setAcquisitionDate(LocalDate acquisitionDate) {
        this.acquisitionDate = acquisitionDate;
    }

    String getSupplier() {
        return supplier;
    }

    void setSupplier(String supplier) {
        this.supplier = supplier;
    }

    String getInvoiceNumber() {
        return invoiceNumber;
    }

    void setInvoiceNumber(String invoiceNumber) {
        this.invoiceNumber = invoiceNumber;
    }

    Origin getOrigin() {
        return origin;
    }

    void setOrigin(Origin origin) {
        this.origin = origin;
    }

    Conservation getConservation() {
        return conservation;
    }

    void setConservation(Conservation conservation) {
        this.conservation = conservation;
    }

    Classification getClassification() {
        return classification;
    }

    void setClassification(Classification classification) {
        this.classification = classification;
    }

    AssetStatus getStatus() {
        return status;
    }

    void setStatus(AssetStatus status) {
        this.status = status;
    }

    LocalDate getWriteOffDate() {
        return writeOffDate;
    }

    WriteOffReason getWriteOffReason() {
        return writeOffReason;
    }

    String getWriteOffProcess() {
        return writeOffProcess;
    }

    String getWriteOffNote() {
        return writeOffNote;
    }

    String getWrittenOffBy() {
        return writtenOffBy;
    }

    Long getCustodianId() {
        return custodianId;
    }

    boolean isCustodyPending() {
        return custodyPending;
    }

    void setCustody(Long custodianId, boolean pending) {
        this.custodianId = custodianId;
        this.custodyPending = custodianId != null && pending;
    }
}
