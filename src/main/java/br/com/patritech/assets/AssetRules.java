package br.com.patritech.assets;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

import br.com.patritech.base.Violations;
import br.com.patritech.catalog.Category;

/** Field rules of the asset form, shared by registration and edit. */
final class AssetRules {

    /**
     * The largest acquisition value taken: R$ 999.999.999,99. The column (numeric(15,2)) holds more, but a single
     * asset above a billion reais is a typing slip (a lost decimal separator), not a purchase.
     */
    static final BigDecimal MAX_VALUE = new BigDecimal("999999999.99");

    /** What a typed tombo may look like (upper case already): letters, digits and {@code . / -}, up to 40. */
    private static final java.util.regex.Pattern TOMBO = java.util.regex.Pattern.compile("[A-Z0-9][A-Z0-9./-]{0,39}");

    private AssetRules() {
    }

    static boolean validTombo(String tombo) {
        return TOMBO.matcher(tombo).matches();
    }

    static Violations check(AssetForm form, Clock clock) {
        Violations v = new Violations()
                .require(form.getName(), "name").maxLength(form.getName(), 200, "name")
                .maxLength(form.getDescription(), 2000, "description")
                .maxLength(form.getSerialNumber(), 100, "serialNumber")
                .require(form.getCategoryId(), "categoryId")
                .require(form.getUnitId(), "unitId")
                .require(form.getAcquisitionValue(), "acquisitionValue")
                .maxLength(form.getSupplier(), 200, "supplier")
                .maxLength(form.getInvoiceNumber(), 60, "invoiceNumber")
                .require(form.getOrigin(), "origin")
                .require(form.getConservation(), "conservation")
                .require(form.getClassification(), "classification");
        BigDecimal value = form.getAcquisitionValue();
        if (value != null && value.signum() < 0) {
            v.add("acquisitionValue", "asset.value.negative");
        } else if (value != null && value.compareTo(MAX_VALUE) > 0) {
            v.add("acquisitionValue", "asset.value.too-large");
        } else if (value != null && value.stripTrailingZeros().scale() > 2) {
            v.add("acquisitionValue", "asset.value.format");
        }
        LocalDate date = form.getAcquisitionDate();
        if (date != null && date.isAfter(LocalDate.now(clock))) {
            v.add("acquisitionDate", "asset.date.future");
        }
        return v;
    }

    static void copy(AssetForm form, Asset asset, Category category) {
        asset.setName(form.getName().trim());
        asset.setDescription(trimToNull(form.getDescription()));
        asset.setSerialNumber(trimToNull(form.getSerialNumber()));
        asset.setCategory(category);
        asset.setAcquisitionValue(form.getAcquisitionValue().setScale(2, java.math.RoundingMode.UNNECESSARY));
        asset.setAcquisitionDate(form.getAcquisitionDate());
        asset.setSupplier(trimToNull(form.getSupplier()));
        asset.setInvoiceNumber(trimToNull(form.getInvoiceNumber()));
        asset.setOrigin(form.getOrigin());
        asset.setConservation(form.getConservation());
        asset.setClassification(form.getClassification());
    }

    private static String trimToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
