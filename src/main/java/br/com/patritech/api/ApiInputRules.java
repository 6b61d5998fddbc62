package br.com.patritech.api;

import java.time.LocalDate;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.ext.javatime.deser.LocalDateDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * What no JSON body may carry, whatever the resource: text with NUL characters (PostgreSQL refuses them, and no
 * person types one) and dates outside the years 1 to 9999 (year 0 and negative years parsed fine and were stored).
 * Refused while reading, so the 400 names the field like any other malformed value.
 */
@Configuration
class ApiInputRules {

    @Bean
    JsonMapperBuilderCustomizer apiInputRulesCustomizer() {
        SimpleModule module = new SimpleModule("patritech-input-rules");
        module.addDeserializer(String.class, new TextWithoutNul());
        module.addDeserializer(LocalDate.class, new DateInCalendarYears());
        return builder -> builder.addModule(module);
    }

    static final class TextWithoutNul extends StdScalarDeserializer<String> {

        TextWithoutNul() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            String value = StringDeserializer.instance.deserialize(p, ctxt);
            if (value != null && value.indexOf('\0') >= 0) {
                return (String) ctxt.handleWeirdStringValue(String.class, value, "NUL character not allowed");
            }
            return value;
        }
    }

    static final class DateInCalendarYears extends StdScalarDeserializer<LocalDate> {

        DateInCalendarYears() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) {
            LocalDate date = LocalDateDeserializer.INSTANCE.deserialize(p, ctxt);
            if (date != null && (date.getYear() < 1 || date.getYear() > 9999)) {
                return (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class, p.getString(),
                        "year must be from 1 to 9999");
            }
            return date;
        }
    }
}
