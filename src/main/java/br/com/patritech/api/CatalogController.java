package br.com.patritech.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import br.com.patritech.catalog.CatalogService;
import br.com.patritech.catalog.CatalogService.CategoryForm;
import br.com.patritech.catalog.CatalogService.CategorySummary;

@RestController
@RequestMapping("/api/v1/categories")
@Tag(name = "Categorias")
class CatalogController {

    private final CatalogService catalog;

    CatalogController(CatalogService catalog) {
        this.catalog = catalog;
    }

    @GetMapping
    @Operation(summary = "Categorias",
            description = "Todas as categorias, com o prefixo de tombo de cada uma; visíveis a todos os usuários")
    List<CategorySummary> categories() {
        return catalog.categories();
    }

    @GetMapping("/{id}")
    @Operation(summary = "Uma categoria, com ETag",
            description = "O ETag é a versão a enviar em If-Match ao alterar")
    ResponseEntity<CategorySummary> category(@PathVariable long id) {
        CategorySummary category = catalog.category(id);
        return ETags.ok(category, category.version());
    }

    @PostMapping
    @Operation(summary = "Criar categoria (CATEGORY_MANAGE)",
            description = "Nome único (409 se repetido). Responde 201 com Location e ETag")
    ResponseEntity<CategorySummary> create(@RequestBody CategoryForm form) {
        CategorySummary category = catalog.create(form);
        return ETags.created("/api/v1/categories/" + category.id(), category, category.version());
    }

    @PutMapping("/{id}")
    @Operation(summary = "Alterar categoria (If-Match obrigatório)",
            description = "Substitui nome e prefixo de tombo; nome único (409 se repetido). Exige CATEGORY_MANAGE")
    ResponseEntity<CategorySummary> update(@PathVariable long id, @RequestHeader(name = "If-Match", required = false)
            String ifMatch, @RequestBody CategoryForm form) {
        CategorySummary category = catalog.update(id, ETags.required(ifMatch, CategorySummary.class, id), form);
        return ETags.ok(category, category.version());
    }
}
