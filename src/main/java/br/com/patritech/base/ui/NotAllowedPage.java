package br.com.patritech.base.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A screen the user's role or permissions do not open (e.g. an auditor at /usuarios): a translated page inside
 * the layout instead of Vaadin's English "Could not navigate".
 */
@ParentLayout(MainLayout.class)
@PermitAll
class NotAllowedPage extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        show("error.page.not-allowed.title", "error.page.not-allowed.text");
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
