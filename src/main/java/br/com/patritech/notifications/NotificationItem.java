package br.com.patritech.notifications;

import java.time.Instant;

/**
 * One notification as its owner sees it.
 *
 * @param subject what it is about as a person reads it (a guide number, a file name), the translation's parameter
 * @param link    the application path where the user acts on it, e.g. {@code transferencias/12}
 */
public record NotificationItem(long id, NotificationKind kind, String subject, String link, Instant createdAt,
                               boolean read) {
}
