package br.com.patritech.organization;

import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import br.com.patritech.base.AuditedAction;
import br.com.patritech.base.Cnpj;
import br.com.patritech.base.DomainException;
import br.com.patritech.base.Installation;
import br.com.patritech.base.SavedInstitution;
import br.com.patritech.base.Violations;
import br.com.patritech.security.CurrentUser;

/**
 * The institution's name, CNPJ and logo as printed on every document. Everyone signed in reads them; only an
 * administrator changes them. Until something is saved, the environment's name ({@link Installation}) is used.
 */
@Service
public class InstitutionService implements SavedInstitution {

    /** What the settings screen shows; {@code version} is -1 while nothing is saved. */
    public record InstitutionDetails(String name, String cnpj, boolean hasLogo, long version) {
    }

    /** {@code logo}: new PNG/JPEG bytes, or null to keep the current one (see {@link #removeLogo}). */
    public record InstitutionForm(String name, String cnpj, byte[] logo) {
    }

    private final InstitutionSettingsRepository settings;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    InstitutionService(InstitutionSettingsRepository settings, CurrentUser currentUser,
                       ApplicationEventPublisher events) {
        this.settings = settings;
        this.currentUser = currentUser;
        this.events = events;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Profile> saved() {
        return settings.findFirstByOrderByIdAsc().map(s -> new Profile(s.getName(), s.getCnpj(), s.getLogo()));
    }

    @Transactional(readOnly = true)
    public InstitutionDetails details(String defaultName) {
        currentUser.require();
        return settings.findFirstByOrderByIdAsc()
                .map(s -> new InstitutionDetails(s.getName(), Cnpj.format(s.getCnpj()), s.getLogo() != null,
                        s.getVersion()))
                .orElse(new InstitutionDetails(defaultName, null, false, -1));
    }

    public boolean mayEdit() {
        return currentUser.get().map(u -> u.isAdmin()).orElse(false);
    }

    /** Saves name, CNPJ (optional, check digits validated) and, when given, a new logo (content checked). */
    @Transactional
    public InstitutionDetails save(long expectedVersion, InstitutionForm form) {
        requireAdmin();
        Violations violations = new Violations().require(blankToNull(form.name()), "name")
                .maxLength(form.name(), 200, "name");
        String cnpj = null;
        if (blankToNull(form.cnpj()) != null) {
            cnpj = Cnpj.parse(form.cnpj()).orElse(null);
            if (cnpj == null) {
                violations.add("cnpj", "institution.cnpj.invalid");
            }
        }
        String logoType = null;
        if (form.logo() != null) {
            try {
                logoType = LogoImages.check(form.logo());
            } catch (DomainException e) {
                violations.add("logo", e.getMessageKey(), e.getArgs());
            }
        }
        violations.throwIfAny();
        InstitutionSettings row = current(expectedVersion);
        row.setName(form.name().strip());
        row.setCnpj(cnpj);
        if (form.logo() != null) {
            row.setLogo(form.logo().clone(), logoType);
        }
        InstitutionSettings saved = settings.saveAndFlush(row);
        events.publishEvent(new AuditedAction("INSTITUTION_UPDATED", saved.getName(), null,
                cnpj == null ? null : Cnpj.format(cnpj)));
        return new InstitutionDetails(saved.getName(), Cnpj.format(cnpj), saved.getLogo() != null,
                saved.getVersion());
    }

    @Transactional
    public InstitutionDetails removeLogo(long expectedVersion) {
        requireAdmin();
        InstitutionSettings row = current(expectedVersion);
        if (row.getId() == null) {
            throw new DomainException("institution.nothing-saved", null);
        }
        row.setLogo(null, null);
        InstitutionSettings saved = settings.saveAndFlush(row);
        events.publishEvent(new AuditedAction("INSTITUTION_UPDATED", saved.getName(), null, "logo removed"));
        return new InstitutionDetails(saved.getName(), Cnpj.format(saved.getCnpj()), false, saved.getVersion());
    }

    /** The saved row at the version the editor saw, or a new one when nothing was saved (version -1). */
    private InstitutionSettings current(long expectedVersion) {
        Optional<InstitutionSettings> existing = settings.findFirstByOrderByIdAsc();
        if (existing.isEmpty() && expectedVersion == -1) {
            return new InstitutionSettings("");
        }
        if (existing.isEmpty() || existing.get().getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(InstitutionSettings.class, "institution");
        }
        return existing.get();
    }

    private void requireAdmin() {
        if (!currentUser.require().isAdmin()) {
            throw new AccessDeniedException("Only administrators change the institution settings");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
