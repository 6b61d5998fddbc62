package br.com.patritech.base;

import java.util.Optional;

/**
 * What an administrator saved about the institution (organization owns it); {@link Installation} asks it first and
 * falls back to the environment's name. Living in {@code base}, it lets every printed document show the saved name,
 * CNPJ and logo without depending on {@code organization}.
 */
public interface SavedInstitution {

    /** @param cnpj 14 digits or null; @param logo PNG or JPEG bytes or null */
    record Profile(String name, String cnpj, byte[] logo) {
    }

    Optional<Profile> saved();
}
