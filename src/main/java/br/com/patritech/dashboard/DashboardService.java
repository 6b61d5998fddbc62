package br.com.patritech.dashboard;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import br.com.patritech.assets.AssetStatistics;
import br.com.patritech.catalog.CatalogService;
import br.com.patritech.organization.OrganizationService;

/** The dashboard's figures, limited to what the current user may see; read-only. */
@Service
public class DashboardService {

    public record Dashboard(long units, long categories, AssetStatistics.Figures assets) {
    }

    private final AssetStatistics statistics;
    private final OrganizationService organization;
    private final CatalogService catalog;

    DashboardService(AssetStatistics statistics, OrganizationService organization, CatalogService catalog) {
        this.statistics = statistics;
        this.organization = organization;
        this.catalog = catalog;
    }

    @Transactional(readOnly = true)
    public Dashboard dashboard() {
        return new Dashboard(organization.visibleUnits().size(), catalog.categories().size(), statistics.figures());
    }
}
