package br.com.patritech.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

import br.com.patritech.base.SessionPerson;

/** App name, side navigation of the routes the user may open, and the user's own controls. */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements BeforeEnterObserver {

    /** Route of the password change a user must make before anything else. */
    public static final String CHANGE_PASSWORD_ROUTE = "alterar-senha";
    private static final String COLOR_SCHEME = "patritech-color-scheme";

    private final SessionPerson currentUser;

    MainLayout(SessionPerson currentUser, AuthenticationContext authenticationContext) {
        this.currentUser = currentUser;
        setPrimarySection(Section.DRAWER);
        Span appName = new Span(getTranslation("app.name"));
        appName.addClassNames("app-name");
        appName.getStyle().set("font-weight", "700").set("font-size", "var(--lumo-font-size-l)")
                .set("padding", "var(--lumo-space-m)");
        addToDrawer(appName, navigation());
        addToNavbar(new DrawerToggle(), userBar(authenticationContext));
        applyColorScheme(isDark());
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.setId("side-nav");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }
        return nav;
    }

    private HorizontalLayout userBar(AuthenticationContext authenticationContext) {
        Span userName = new Span(currentUser.displayName().orElse(""));
        userName.setId("current-user-name");
        Button theme = new Button(new Icon(VaadinIcon.ADJUST), e -> applyColorScheme(!isDark()));
        theme.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        theme.setAriaLabel(getTranslation("layout.toggle-theme"));
        theme.setTooltipText(getTranslation("layout.toggle-theme"));
        theme.setId("theme-toggle");
        Button changePassword = new Button(new Icon(VaadinIcon.KEY), e -> UI.getCurrent().navigate(CHANGE_PASSWORD_ROUTE));
        changePassword.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        changePassword.setTooltipText(getTranslation("layout.change-password"));
        changePassword.setAriaLabel(getTranslation("layout.change-password"));
        Button logout = new Button(getTranslation("layout.logout"), new Icon(VaadinIcon.SIGN_OUT),
                e -> authenticationContext.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.setId("logout");
        HorizontalLayout bar = new HorizontalLayout(userName, new LanguageSelect(), theme, changePassword, logout);
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.getStyle().set("margin-left", "auto").set("padding-right", "var(--lumo-space-m)");
        return bar;
    }

    private static boolean isDark() {
        VaadinSession session = VaadinSession.getCurrent();
        return session != null && Boolean.TRUE.equals(session.getAttribute(COLOR_SCHEME));
    }

    private static void applyColorScheme(boolean dark) {
        VaadinSession.getCurrent().setAttribute(COLOR_SCHEME, dark);
        UI.getCurrent().getPage().setColorScheme(dark ? ColorScheme.Value.DARK : ColorScheme.Value.LIGHT);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean mustChange = currentUser.mustChangePassword();
        if (mustChange && !CHANGE_PASSWORD_ROUTE.equals(event.getLocation().getPath())) {
            event.forwardTo(CHANGE_PASSWORD_ROUTE);
        }
    }
}
