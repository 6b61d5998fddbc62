package br.com.patritech.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/** A mistyped or outdated address: "Página não encontrada", inside the layout, with a way back. */
@ParentLayout(MainLayout.class)
@PermitAll
class NotFoundPage extends ErrorPage implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        show("error.page.not-found.title", "error.page.not-found.text");
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
