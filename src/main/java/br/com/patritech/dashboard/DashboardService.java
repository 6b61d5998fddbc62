package br.com.patritech.dashboard;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import br.com.patritech.assets.AssetStatistics;
import br.com.patritech.catalog.CatalogService;
import br.com.patritech.organization.OrganizationService;
import br.com.patritech.transfers.TransferService;

/** The dashboard's figures, limited to what the current user may see; read-only. */
@Service
public class DashboardService {

    /** {@code transfersWaiting}: pending transfer guides the user could accept or refuse now. */
    public record Dashboard(long units, long categories, AssetStatistics.Figures assets, long transfersWaiting) {
    }

    private final AssetStatistics statistics;
    private final OrganizationService organization;
    private final CatalogService catalog;
    private final TransferService transfers;

    DashboardService(AssetStatistics statistics, OrganizationService organization, CatalogService catalog,
                     TransferService transfers) {
        this.statistics = statistics;
        this.organization = organization;
        this.catalog = catalog;
        this.transfers = transfers;
    }

    /**
     * The asset figures are shared by the callers of the same scope asking at once ({@link AssetStatistics#figures});
     * the rest is counted per caller, so it is kept to counts (8 gestores at once on two cores paid 4x its cost).
     */
    @Transactional(readOnly = true)
    public Dashboard dashboard() {
        return new Dashboard(organization.visibleUnitCount(), catalog.categoryCount(), statistics.figures(),
                transfers.waitingForMe());
    }
}
