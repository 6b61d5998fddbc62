package br.com.patritech.assets;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a person types to register or edit an asset; a plain bean so Vaadin's Binder and the API's JSON can
 * both fill it. On edit, unit and room must stay as they are: moving is a transfer.
 */
public class AssetForm {

    private String tombo;
    private String name;
    private String description;
    private String serialNumber;
    private Long categoryId;
    private Long unitId;
    private Long roomId;
    private BigDecimal acquisitionValue;
    private LocalDate acquisitionDate;
    private String supplier;
    private String invoiceNumber;
    private Origin origin = Origin.PROPRIO;
    private Conservation conservation = Conservation.BOM;
    private Classification classification = Classification.EM_USO;
    private AssetStatus status = AssetStatus.ATIVO;

    public static AssetForm of(AssetDetails asset) {
        AssetForm form = new AssetForm();
        form.tombo = asset.tombo();
        form.name = asset.name();
        form.description = asset.description();
        form.serialNumber = asset.serialNumber();
        form.categoryId = asset.categoryId();
        form.unitId = asset.unitId();
        form.roomId = asset.roomId();
        form.acquisitionValue = asset.acquisitionValue();
        form.acquisitionDate = asset.acquisitionDate();
        form.supplier = asset.supplier();
        form.invoiceNumber = asset.invoiceNumber();
        form.origin = asset.origin();
        form.conservation = asset.conservation();
        form.classification = asset.classification();
        form.status = asset.status();
        return form;
    }

    public String getTombo() {
        return tombo;
    }

    public void setTombo(String tombo) {
        this.tombo = tombo;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getSerialNumber() {
        return serialNumber;
    }

    public void setSerialNumber(String serialNumber) {
        this.serialNumber = serialNumber;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public Long getRoomId() {
        return roomId;
    }

    public void setRoomId(Long roomId) {
        this.roomId = roomId;
    }

    public BigDecimal getAcquisitionValue() {
        return acquisitionValue;
    }

    public void setAcquisitionValue(BigDecimal acquisitionValue) {
        this.acquisitionValue = acquisitionValue;
    }

    public LocalDate getAcquisitionDate() {
        return acquisitionDate;
    }

    public void setAcquisitionDate(LocalDate acquisitionDate) {
        this.acquisitionDate = acquisitionDate;
    }

    public String getSupplier() {
        return supplier;
    }

    public void setSupplier(String supplier) {
        this.supplier = supplier;
    }

    public String getInvoiceNumber() {
        return invoiceNumber;
    }

    public void setInvoiceNumber(String invoiceNumber) {
        this.invoiceNumber = invoiceNumber;
    }

    public Origin getOrigin() {
        return origin;
    }

    public void setOrigin(Origin origin) {
        this.origin = origin;
    }

    public Conservation getConservation() {
        return conservation;
    }

    public void setConservation(Conservation conservation) {
        this.conservation = conservation;
    }

    public Classification getClassification() {
        return classification;
    }

    public void setClassification(Classification classification) {
        this.classification = classification;
    }

    public AssetStatus getStatus() {
        return status;
    }

    public void setStatus(AssetStatus status) {
        this.status = status;
    }
}
