package br.com.patritech.notifications;

import br.com.patritech.support.OnPostgres;

@OnPostgres
class NotificationServicePostgresTest extends NotificationServiceTests {
}
