package br.com.patritech.api;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document at /api/openapi.json (Swagger UI at /api/docs): bearer scheme and problem responses. */
@Configuration
@OpenAPIDefinition(info = @Info(title = "PATRI-TECH API", version = "v1",
        description = "Integração com a gestão de patrimônio. Obtenha um token em POST /api/v1/auth/token e envie-o"
                + " como 'Authorization: Bearer <token>'. Erros seguem a RFC 9457 (application/problem+json)."),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
class OpenApiConfig {

    /** Every operation documents the problem responses it can give. */
    @Bean
    OpenApiCustomizer documentProblemResponses() {
        return openApi -> {
            Schema<?> problem = new Schema<>().$ref("#/components/schemas/ProblemDetail");
            openApi.getComponents().addSchemas("ProblemDetail", new Schema<>().type("object")
                    .addProperty("type", new Schema<>().type("string").format("uri"))
                    .addProperty("title", new Schema<>().type("string"))
                    .addProperty("status", new Schema<>().type("integer"))
                    .addProperty("detail", new Schema<>().type("string"))
                    .addProperty("errors", new Schema<>().type("array").items(new Schema<>().type("object")
                            .addProperty("field", new Schema<>().type("string"))
                            .addProperty("message", new Schema<>().type("string")))));
            Content content = new Content().addMediaType("application/problem+json", new MediaType().schema(problem));
            openApi.getPaths().forEach((path, item) -> item.readOperations().forEach(op -> {
                op.getResponses().putIfAbsent("400", new ApiResponse().description("Entrada inválida").content(content));
                if (!path.startsWith("/api/v1/auth")) {
                    op.getResponses().putIfAbsent("401", new ApiResponse().description("Sem token válido").content(content));
                    op.getResponses().putIfAbsent("403", new ApiResponse().description("Ação não permitida").content(content));
                    op.getResponses().putIfAbsent("404", new ApiResponse().description("Inexistente ou fora do escopo")
                            .content(content));
                } else {
                    op.getResponses().putIfAbsent("401", new ApiResponse().description("Credenciais inválidas ou conta bloqueada")
                            .content(content));
                    op.getResponses().putIfAbsent("429", new ApiResponse().description("Muitas requisições").content(content));
                    op.setSecurity(java.util.List.of());
                }
                if (path.contains("{id}")) {
                    op.getResponses().putIfAbsent("409", new ApiResponse().description("Conflito").content(content));
                    op.getResponses().putIfAbsent("412", new ApiResponse().description("If-Match desatualizado")
                            .content(content));
                }
            }));
        };
    }
}
