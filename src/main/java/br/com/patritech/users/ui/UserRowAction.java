package br.com.patritech.users.ui;

import java.util.Optional;

import com.vaadin.flow.component.button.Button;

import br.com.patritech.users.UserService.UserSummary;

/**
 * A row action a feature adds to the users screen, after the built-in ones (e.g. reset the second factor). A Spring
 * bean; the feature's service still checks the caller on click.
 */
public interface UserRowAction {

    /** The button for this user, or empty when the caller may not use it on them; {@code refresh} reloads the list. */
    Optional<Button> button(UserSummary user, Runnable refresh);
}
