/**
 * Notifications (decision 0018): what waits for each user (a guide to accept, a term to sign, a campaign to count,
 * a closed month, a finished import, changes to their account, write-offs in their units), shown by a bell in the
 * layout and, when SMTP is configured, sent by e-mail through an outbox. Listens to the events of users, assets,
 * custody, transfers, inventory, depreciation and exchange after they commit; depends on base, security and those
 * features' event records. Only api and demo use it.
 */
package br.com.patritech.notifications;
