package br.com.patritech.catalog;

import java.util.List;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;

import br.com.patritech.base.AuditDetail;
import br.com.patritech.base.AuditedAction;
import br.com.patritech.base.DomainException;
import br.com.patritech.base.NotFoundException;
import br.com.patritech.security.AppUser;
import br.com.patritech.security.CurrentUser;
import br.com.patritech.security.Permission;

/** Categories: reference data everyone reads and holders of CATEGORY_MANAGE (administrators) change. */
@Service
public class CatalogService {

    public record CategorySummary(long id, String name, String tomboPrefix, long version) {
    }

    public record CategoryForm(String name, String tomboPrefix) {
    }

    private final CategoryRepository categories;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    CatalogService(CategoryRepository categories, CurrentUser currentUser, ApplicationEventPublisher events) {
        this.categories = categories;
        this.currentUser = currentUser;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<CategorySummary> categories() {
        currentUser.require();
        return categories.findAll(Sort.by("name")).stream().map(CatalogService::summary).toList();
    }

    /** How many categories there are (as many as {@link #categories} lists), counted without loading them. */
    @Transactional(readOnly = true)
    public long categoryCount() {
        currentUser.require();
        return categories.count();
    }

    @Transactional(readOnly = true)
    public CategorySummary category(long categoryId) {
        currentUser.require();
        return categories.findById(categoryId).map(CatalogService::summary)
                .orElseThrow(() -> new br.com.patritech.base.NotFoundException("category", categoryId));
    }

    /** Whether the caller may create, edit and delete categories. */
    public boolean mayManageCategories() {
        return currentUser.get().map(u -> u.has(Permission.CATEGORY_MANAGE)).orElse(false);
    }

    @Transactional
    public CategorySummary create(CategoryForm form) {
        requireCategoryManager();
        String name = validName(form);
        if (categories.existsByNameIgnoreCase(name)) {
            throw new DomainException("category.name.duplicate", "name");
        }
        CategorySummary saved = summary(categories.save(new Category(name, form.tomboPrefix())));
        audit("CATEGORY_CREATED", name, "prefix: " + saved.tomboPrefix());
        return saved;
    }

    /** Saves the form over the category as it was at {@code version}; refuses if someone changed it since. */
    @Transactional
    public CategorySummary update(long categoryId, long version, CategoryForm form) {
        requireCategoryManager();
        Category category = categories.findById(categoryId)
                .orElseThrow(() -> new NotFoundException("category", categoryId));
        if (category.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(Category.class, categoryId);
        }
        String name = validName(form);
        if (categories.existsByNameIgnoreCaseAndIdNot(name, categoryId)) {
            throw new DomainException("category.name.duplicate", "name");
        }
        boolean renamed = !name.equals(category.getName());
        CategorySummary before = summary(category);
        category.setName(name);
        category.setTomboPrefix(form.tomboPrefix());
        CategorySummary saved = summary(categories.saveAndFlush(category));
        audit("CATEGORY_CHANGED", name, AuditDetail.of().add("name", before.name(), saved.name())
                .add("prefix", before.tomboPrefix(), saved.tomboPrefix()).text());
        if (renamed) {
            events.publishEvent(new CategoryRenamed(categoryId, name));
        }
        return saved;
    }

    /** Deletes a category no asset refers to. */
    @Transactional
    public void delete(long categoryId, long version) {
        requireCategoryManager();
        Category category = categories.findById(categoryId)
                .orElseThrow(() -> new NotFoundException("category", categoryId));
        if (category.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(Category.class, categoryId);
        }
        try {
            categories.delete(category);
            categories.flush();
        } catch (DataIntegrityViolationException e) {
            throw new DomainException("category.delete.in-use", null, category.getName());
        }
        audit("CATEGORY_DELETED", category.getName(), null);
    }

    /** For the audit trail (decision 0016), in this transaction; categories concern no single unit. */
    private void audit(String action, String subject, String detail) {
        events.publishEvent(new AuditedAction(action, subject, null, detail));
    }

    private AppUser requireCategoryManager() {
        AppUser user = currentUser.require();
        if (!user.has(Permission.CATEGORY_MANAGE)) {
            throw new AccessDeniedException("No permission to manage categories");
        }
        return user;
    }

    private static String validName(CategoryForm form) {
        if (form.name() == null || form.name().isBlank()) {
            throw new DomainException("validation.required", "name");
        }
        if (form.name().trim().length() > 100) {
            throw new DomainException("validation.too-long", "name", 100);
        }
        if (form.tomboPrefix() == null || !form.tomboPrefix().trim().matches("[A-Za-z0-9]{1,10}")) {
            throw new DomainException("category.prefix.invalid", "tomboPrefix");
        }
        return form.name().trim();
    }

    private static CategorySummary summary(Category c) {
        return new CategorySummary(c.getId(), c.getName(), c.getTomboPrefix(), c.getVersion());
    }

    // --- in-use read, so the screen can explain a refused delete before asking to confirm it ---

    @jakarta.persistence.PersistenceContext
    private jakarta.persistence.EntityManager entityManager;

    /** Whether assets refer to the category, so that deleting it would be refused. */
    @Transactional(readOnly = true)
    public boolean inUse(long categoryId) {
        currentUser.require();
        return !entityManager.createNativeQuery("select 1 from assets where category_id = ?1")
                .setParameter(1, categoryId).setMaxResults(1).getResultList().isEmpty();
    }
}
