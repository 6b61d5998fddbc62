package br.com.patritech.api;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JavaType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.PropertyCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import br.com.patritech.security.TokenService;

/**
 * The OpenAPI 3.1 document at /api/openapi.json (Swagger UI at /api/docs), made to describe what the API really
 * answers: properties that can be null say so, every operation lists each status it can give (with the problem
 * schema for errors), creations answer 201, and success bodies are application/json. OpenApiConformanceTest checks
 * real responses against it.
 */
@Configuration
@OpenAPIDefinition(info = @Info(title = "PATRI-TECH API", version = "v1",
        description = "Integração com a gestão de patrimônio. Obtenha um token em POST /api/v1/auth/token e envie-o"
                + " como 'Authorization: Bearer <token>'. Erros seguem a RFC 9457 (application/problem+json)."),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
class OpenApiConfig {

    private static final String JSON = "application/json";
    private static final String PROBLEM = "application/problem+json";

    /**
     * Records are written with every property, null or not: each object-typed property is declared nullable
     * (OpenAPI 3.1: {@code "null"} among its types). Primitives and collections are never null.
     */
    @Bean
    PropertyCustomizer nullableProperties() {
        return (property, type) -> {
            if (!(type.getType() instanceof JavaType javaType) || javaType.isPrimitive() || javaType.isContainerType()
                    || javaType.isArrayType()) {
                return property;
            }
            return nullable(property);
        };
    }

    @Bean
    OpenApiCustomizer documentRealResponses() {
        return openApi -> {
            openApi.getComponents().addSchemas("ProblemDetail", problemSchema());
            ModelConverters.getInstance(true).readAll(TokenService.Tokens.class)
                    .forEach(openApi.getComponents()::addSchemas);
            openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) ->
                    documentResponses(path, method, op)));
        };
    }

    private static void documentResponses(String path, PathItem.HttpMethod method, Operation op) {
        ApiResponses responses = op.getResponses();
        jsonInsteadOfAnything(responses);
        boolean auth = path.startsWith("/api/v1/auth/");
        boolean item = path.contains("{id}");
        boolean change = method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.PATCH;
        boolean action = method == PathItem.HttpMethod.POST && item;
        // Marking every notification read is an action on a collection, not a creation.
        boolean create = method == PathItem.HttpMethod.POST && !item && !auth && !path.endsWith("/read-all");
        if (create && responses.containsKey("200")) {
            responses.put("201", responses.remove("200").description("Criado; Location e ETag do novo recurso"));
        }
        if (method == PathItem.HttpMethod.DELETE) {
            responses.remove("200");
            if (!path.contains("/attachments")) {
                error(responses, "405", "Método não permitido: bens nunca são excluídos (use write-off)");
            }
        }
        if (auth) {
            responses.put("200", new ApiResponse().description("Tokens de acesso e de renovação").content(new Content()
                    .addMediaType(JSON, new MediaType().schema(new Schema<>().$ref("#/components/schemas/Tokens")))));
            op.setSecurity(List.of());
            error(responses, "429", "Muitas requisições deste endereço: aguarde um minuto");
            if (path.endsWith("/token")) {
                error(responses, "401", "Credenciais inválidas, conta bloqueada, ou código de verificação em duas "
                        + "etapas (campo totp) ausente (second-factor-required) ou errado (bad-second-factor)");
                error(responses, "403", "A senha foi definida por outra pessoa (troque-a na tela de login), ou a conta "
                        + "é obrigada a usar verificação em duas etapas e ainda não a ativou");
            } else {
                error(responses, "401", "Credenciais ou token de renovação inválidos, ou conta bloqueada");
            }
        } else {
            error(responses, "401", "Sem token válido");
            error(responses, "403", "Ação não permitida ao usuário");
            error(responses, "404", "Inexistente ou fora do escopo do usuário");
            error(responses, "406", "O cliente não aceita application/json");
        }
        error(responses, "400", "Entrada inválida: os campos em erro vêm em errors");
        if (create || change || action) {
            error(responses, "409", "Conflito com dados existentes (valor duplicado, registro em uso)");
        }
        if (change || action) {
            error(responses, "412", "If-Match desatualizado: o recurso mudou desde a leitura");
        }
        if (change) {
            error(responses, "428", "If-Match ausente: envie o ETag da versão lida");
        }
        if (op.getRequestBody() != null) {
            error(responses, "415", "Corpo sem Content-Type application/json");
        }
        error(responses, "500", "Erro inesperado");
    }

    /** Success bodies are JSON; springdoc writes them as {@code *}{@code /*} when a controller does not say. */
    private static void jsonInsteadOfAnything(ApiResponses responses) {
        responses.values().forEach(response -> {
            Content content = response.getContent();
            if (content != null && content.containsKey("*/*")) {
                MediaType any = content.remove("*/*");
                content.addMediaType(JSON, any);
            }
        });
    }

    private static void error(ApiResponses responses, String status, String description) {
        responses.put(status, new ApiResponse().description(description).content(new Content()
                .addMediaType(PROBLEM, new MediaType().schema(new Schema<>().$ref("#/components/schemas/ProblemDetail")))));
    }

    private static Schema<?> problemSchema() {
        return new Schema<>().types(Set.of("object"))
                .description("RFC 9457: type estável, detail no idioma pedido (Accept-Language), errors por campo")
                .addProperty("type", new Schema<>().types(Set.of("string")).format("uri"))
                .addProperty("title", new Schema<>().types(Set.of("string")))
                .addProperty("status", new Schema<>().types(Set.of("integer")))
                .addProperty("detail", new Schema<>().types(Set.of("string")))
                .addProperty("instance", new Schema<>().types(Set.of("string")))
                .addProperty("requestId", new Schema<>().types(Set.of("string"))
                        .description("Id da requisição: o mesmo do cabeçalho X-Request-Id e dos logs"))
                .addProperty("errors", new Schema<>().types(Set.of("array")).items(new Schema<>().types(Set.of("object"))
                        .addProperty("field", new Schema<>().types(Set.of("string")))
                        .addProperty("message", new Schema<>().types(Set.of("string")))))
                .required(List.of("type", "title", "status", "detail"));
    }

    /** The same property, allowing null: a type list with "null", or any of the referenced schema and null. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema nullable(Schema property) {
        if (property.get$ref() != null) {
            return new Schema<>().anyOf(List.of(new Schema<>().$ref(property.get$ref()),
                    new Schema<>().types(Set.of("null"))));
        }
        Set<String> types = new LinkedHashSet<>();
        if (property.getTypes() != null) {
            types.addAll(property.getTypes());
        } else if (property.getType() != null) {
            types.add(property.getType());
        }
        if (types.isEmpty()) {
            return property;
        }
        types.add("null");
        property.setTypes(types);
        if (property.getEnum() != null && !property.getEnum().contains(null)) {
            property.addEnumItemObject(null);
        }
        return property;
    }
}
