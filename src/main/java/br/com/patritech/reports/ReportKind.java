package br.com.patritech.reports;

/**
 * The reports on offer. A periodic one needs a period (from and to, inclusive; the depreciation reports take the
 * closed months from the month of {@code from} to that of {@code to}); the others show the assets as they are now. Translated as {@code report.kind.<VALUE>}; the API and URLs use {@link #slug()}.
 */
public enum ReportKind {
    PATRIMONIAL("patrimonial", false),
    BY_CATEGORY("by-category", false),
    BY_CUSTODIAN("by-custodian", false),
    WRITE_OFFS("write-offs", true),
    TRANSFERS("transfers", true),
    ACQUISITIONS("acquisitions", true),
    /** The depreciation ledger's closed months in the period, by unit and category (issue 14). */
    DEPRECIATION("depreciation", true),
    /** The same for the fiscal schedule (RFB IN 1700/2017), from the closings that computed it. */
    FISCAL_DEPRECIATION("fiscal-depreciation", true);

    private final String slug;
    private final boolean periodic;

    ReportKind(String slug, boolean periodic) {
        this.slug = slug;
        this.periodic = periodic;
    }

    public String slug() {
        return slug;
    }

    public boolean periodic() {
        return periodic;
    }

    /** Whether its total is the active value of the list and dashboard (assets not written off). */
    public boolean activeValue() {
        return !periodic;
    }

    public static ReportKind fromSlug(String slug) {
        for (ReportKind kind : values()) {
            if (kind.slug.equals(slug)) {
                return kind;
            }
        }
        return null;
    }
}
