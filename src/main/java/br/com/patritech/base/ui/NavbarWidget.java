package br.com.patritech.base.ui;

import com.vaadin.flow.component.Component;

/**
 * Something a feature puts in the top bar, left of the user's own controls (e.g. the notifications bell). A Spring
 * bean implementing it is asked for a fresh component for each layout; this is how a feature reaches the layout
 * without base knowing the feature.
 */
public interface NavbarWidget {

    /** A new component for one layout instance (one browser tab). */
    Component create();
}
