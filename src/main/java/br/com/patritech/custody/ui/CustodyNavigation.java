package br.com.patritech.custody.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteParameters;

/** Where the custody screens live. */
public final class CustodyNavigation {

    static final String PEOPLE = "responsaveis";
    static final String PERSON = "responsaveis/:id([0-9]+)";
    static final String MY_ASSETS = "meus-bens";
    /** Public: printed on every term (as a QR code) and reachable without login. */
    public static final String VERIFY = "verificar";

    private CustodyNavigation() {
    }

    static void toPerson(long id) {
        UI.getCurrent().navigate(PersonView.class, new RouteParameters("id", String.valueOf(id)));
    }

    static void toPeople() {
        UI.getCurrent().navigate(PeopleView.class);
    }
}
