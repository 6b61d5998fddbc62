package br.com.patritech.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.AppLayout.AppLayoutI18n;
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
import org.springframework.beans.factory.ObjectProvider;

import br.com.patritech.base.SessionPerson;

/** App name, side navigation of the routes the user may open, and the user's own controls. */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements BeforeEnterObserver {

    /** Route of the password change a user must make before anything else. */
    public static final String CHANGE_PASSWORD_ROUTE = "alterar-senha";
    private static final String COLOR_SCHEME = "patritech-color-scheme";

    private final SessionPerson currentUser;

    MainLayout(SessionPerson currentUser, AuthenticationContext authenticationContext,
               ObjectProvider<UserBarItem> userBarItems, ObjectProvider<NavbarWidget> widgets) {
        this.currentUser = currentUser;
        setPrimarySection(Section.DRAWER);
        Span appName = new Span(getTranslation("app.name"));
        appName.addClassNames("app-name");
        appName.getStyle().set("font-weight", "700").set("font-size", "var(--lumo-font-size-l)")
                .set("padding", "var(--lumo-space-m)");
        // The language choice lives at the foot of the menu, so the bar keeps room for logout on a phone.
        LanguageSelect language = new LanguageSelect();
        language.addClassName("drawer-language");
        addToDrawer(appName, navigation(), language);
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("layout.toggle-menu"));
        toggle.setTooltipText(getTranslation("layout.toggle-menu"));
        setI18n(new AppLayoutI18n().setDrawer(getTranslation("layout.menu")));
        addToNavbar(skipLink(), toggle, userBar(authenticationContext, userBarItems, widgets));
        applyColorScheme(isDark());
    }

    /**
     * The first thing Tab reaches: jumps over the menu and the user bar to the screen's first field or button,
     * so a keyboard user does not tab eleven times to reach a form.
     */
    private Button skipLink() {
        Button skip = new Button(getTranslation("layout.skip-to-content"));
        skip.setId("skip-to-content");
        skip.addClassName("skip-link");
        skip.addClickListener(e -> getElement().executeJs(
                "const main = this.querySelector(':scope > :not([slot])');"
                + "if (!main) return;"
                + "const first = main.querySelector('vaadin-text-field, vaadin-combo-box, vaadin-text-area,"
                + " vaadin-button, vaadin-grid, input, a[href]');"
                + "if (first) { first.focus(); } else { main.setAttribute('tabindex', '-1'); main.focus(); }"));
        return skip;
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

    private HorizontalLayout userBar(AuthenticationContext authenticationContext, ObjectProvider<UserBarItem> items,
                                     ObjectProvider<NavbarWidget> widgets) {
        Span userName = new Span(currentUser.displayName().orElse(""));
        userName.setId("current-user-name");
        userName.addClassName("hide-narrow");
        Button theme = new Button(new Icon(VaadinIcon.ADJUST), e -> applyColorScheme(!isDark()));
        theme.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        theme.setAriaLabel(getTranslation("layout.toggle-theme"));
        theme.setTooltipText(getTranslation("layout.toggle-theme"));
        theme.setId("theme-toggle");
        Button changePassword = new Button(new Icon(VaadinIcon.KEY), e -> UI.getCurrent().navigate(CHANGE_PASSWORD_ROUTE));
        changePassword.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        changePassword.setTooltipText(getTranslation("layout.change-password"));
        changePassword.setAriaLabel(getTranslation("layout.change-password"));
        // On a phone only the icon shows; the label stays for screen readers and as the tooltip.
        Button logout = new Button(new Icon(VaadinIcon.SIGN_OUT), e -> authenticationContext.logout());
        Span logoutLabel = new Span(getTranslation("layout.logout"));
        logoutLabel.addClassName("hide-narrow");
        logout.getElement().appendChild(logoutLabel.getElement());
        logout.setAriaLabel(getTranslation("layout.logout"));
        logout.setTooltipText(getTranslation("layout.logout"));
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.setId("logout");
        HorizontalLayout bar = new HorizontalLayout(userName);
        widgets.orderedStream().forEach(widget -> bar.add(widget.create()));
        bar.add(theme, changePassword);
        items.orderedStream().map(UserBarItem::create).forEach(bar::add);
        bar.add(logout);
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.addClassName("user-bar");
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
