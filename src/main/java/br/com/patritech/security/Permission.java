package br.com.patritech.security;

/** Permission flags a GESTOR may hold; an ADMIN holds them all, an AUDITOR none. */
public enum Permission {
    ASSET_CREATE, ASSET_EDIT, ASSET_WRITE_OFF, ASSET_TRANSFER, UNIT_MANAGE, ROOM_MANAGE, CATEGORY_MANAGE, USER_MANAGE,
    /** Open and close inventory campaigns (docs/decisions/0012-inventory-campaigns.md). */
    INVENTORY_MANAGE;

    /** Name usable in {@code @RolesAllowed}: Spring checks it as the authority {@code ROLE_PERM_<FLAG>}. */
    public String roleName() {
        return "PERM_" + name();
    }

    /** Constants for {@code @RolesAllowed} on views. */
    public static final class Roles {
        public static final String ADMIN = "ADMIN";
        public static final String USER_MANAGE = "PERM_USER_MANAGE";
        public static final String UNIT_MANAGE = "PERM_UNIT_MANAGE";
        public static final String ROOM_MANAGE = "PERM_ROOM_MANAGE";
        public static final String CATEGORY_MANAGE = "PERM_CATEGORY_MANAGE";
        public static final String ASSET_CREATE = "PERM_ASSET_CREATE";

        private Roles() {
        }
    }
}
