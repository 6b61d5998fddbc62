package br.com.patritech.support;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Route;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ScanResult;
import com.vaadin.flow.server.VaadinServletRequest;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import br.com.patritech.security.AppUser;

/** Browserless UI tests: the real Spring context and views, with a mocked Vaadin session. */
@IntegrationTest
public abstract class KaribuTest {

    private static final Routes ROUTES = discoverRoutes();

    @Autowired
    protected ApplicationContext context;

    @Autowired
    protected TestUsers testUsers;

    @BeforeEach
    void setUpVaadin() {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, context, uiFactory));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    /** Karibu's own discovery sees public classes only; our views are package-private by design. */
    @SuppressWarnings("unchecked")
    private static Routes discoverRoutes() {
        Routes routes = new Routes().autoDiscoverViews("br.com.patritech");
        try (ScanResult scan = new ClassGraph().acceptPackages("br.com.patritech").enableAnnotationInfo().enableClassInfo()
                .ignoreClassVisibility().scan()) {
            scan.getClassesWithAnnotation(Route.class).loadClasses()
                    .forEach(c -> routes.getRoutes().add((Class<? extends Component>) c));
            scan.getClassesImplementing(HasErrorParameter.class).loadClasses().stream()
                    .filter(c -> c.getPackageName().startsWith("br.com.patritech"))
                    .forEach(c -> routes.getErrorRoutes().add((Class<? extends HasErrorParameter<?>>) c));
            // Our not-found and not-allowed pages replace Karibu's throwing ones: tests see what users see.
            routes.getErrorRoutes().removeIf(c -> c.getPackageName().startsWith("com.github.mvysny")
                    && (c.getSimpleName().contains("NotFound") || c.getSimpleName().contains("AccessDenied")));
        }
        return routes;
    }

    /** Logs the user in for both Spring Security and Vaadin's view access checks. */
    protected void login(AppUser user) {
        var auth = UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities());
        SecurityContextHolder.getContext().setAuthentication(auth);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(auth);
        request.setUserInRole((principal, role) -> user.authorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
    }
}
