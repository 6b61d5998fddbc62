package br.com.patritech.organization.ui;

import com.vaadin.flow.component.UI;

/** Where the organization screens live; the unit's assets page is shown by the assets feature. */
public final class OrganizationNavigation {

    public static final String UNITS = "unidades";
    public static final String ROOMS = "salas";
    /** One unit's assets, grouped by room: rendered by the assets feature under the unit's address. */
    public static final String UNIT_ASSETS = "unidades/:id([0-9]+)/bens";

    private OrganizationNavigation() {
    }

    public static void toUnitAssets(long unitId) {
        UI.getCurrent().navigate(UNITS + "/" + unitId + "/bens");
    }
}
