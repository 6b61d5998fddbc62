package br.com.patritech.notifications;

/**
 * A user's choices: whether notifications also come by e-mail, and in which language ({@code pt-BR} or {@code en}).
 *
 * @param version for optimistic locking; 0 while the user kept the defaults
 */
public record NotificationSettings(boolean emailEnabled, String language, long version) {

    public static final NotificationSettings DEFAULTS = new NotificationSettings(true, "pt-BR", 0);
}
