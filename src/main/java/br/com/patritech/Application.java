package br.com.patritech;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import br.com.patritech.base.ProductionSettingsCheck;

@SpringBootApplication
@ConfigurationPropertiesScan
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("styles.css")
@ColorScheme(ColorScheme.Value.LIGHT_DARK)
@PWA(name = "PATRI-TECH", shortName = "PATRI-TECH")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication app = new SpringApplication(Application.class);
        // Fails fast, with a sentence an operator understands, before any bean tries to connect.
        app.addListeners((ApplicationEnvironmentPreparedEvent event) ->
                ProductionSettingsCheck.verify(event.getEnvironment()));
        app.run(args);
    }
}
