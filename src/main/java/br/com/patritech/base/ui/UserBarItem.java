package br.com.patritech.base.ui;

import com.vaadin.flow.component.Component;

/**
 * A control a feature adds to the user's own controls in the top bar (the account menu), before "sign out": e.g.
 * two-factor sign-in. A Spring bean; created anew for each layout, ordered with {@code @Order}.
 */
public interface UserBarItem {

    Component create();
}
