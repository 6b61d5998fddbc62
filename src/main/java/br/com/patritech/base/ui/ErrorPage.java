package br.com.patritech.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;

/** A page inside the layout that says, in the user's language, why the screen asked for is not shown. */
abstract class ErrorPage extends VerticalLayout implements HasDynamicTitle {

    private String title = "";

    protected void show(String titleKey, String textKey) {
        removeAll();
        title = getTranslation(titleKey);
        setId("error-page");
        Button home = new Button(getTranslation("error.page.home"), VaadinIcon.HOME.create(),
                e -> getUI().ifPresent(ui -> ui.navigate("")));
        home.setId("error-home");
        home.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(title), new Paragraph(getTranslation(textKey)), home);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
