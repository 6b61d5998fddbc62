package br.com.patritech.catalog;

import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import br.com.patritech.base.DomainException;
import br.com.patritech.security.AppUser;
import br.com.patritech.security.CurrentUser;
import br.com.patritech.security.Permission;

/** Categories: reference data everyone reads and holders of CATEGORY_MANAGE change. */
@Service
public class CatalogService {

    public record CategorySummary(long id, String name, String tomboPrefix, long version) {
    }

    public record CategoryForm(String name, String tomboPrefix) {
    }

    private final CategoryRepository categories;
    private final CurrentUser currentUser;

    CatalogService(CategoryRepository categories, CurrentUser currentUser) {
        this.categories = categories;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    public List<CategorySummary> categories() {
        currentUser.require();
        return categories.findAll(Sort.by("name")).stream().map(CatalogService::summary).toList();
    }

    @Transactional
    public CategorySummary create(CategoryForm form) {
        AppUser user = currentUser.require();
        if (!user.has(Permission.CATEGORY_MANAGE)) {
            throw new AccessDeniedException("No permission to manage categories");
        }
        if (form.name() == null || form.name().isBlank()) {
            throw new DomainException("validation.required", "name");
        }
        if (form.tomboPrefix() == null || !form.tomboPrefix().trim().matches("[A-Za-z0-9]{1,10}")) {
            throw new DomainException("category.prefix.invalid", "tomboPrefix");
        }
        if (categories.existsByNameIgnoreCase(form.name().trim())) {
            throw new DomainException("category.name.duplicate", "name");
        }
        return summary(categories.save(new Category(form.name().trim(), form.tomboPrefix())));
    }

    private static CategorySummary summary(Category c) {
        return new CategorySummary(c.getId(), c.getName(), c.getTomboPrefix(), c.getVersion());
    }
}
