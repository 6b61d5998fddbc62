package br.com.patritech.notifications;

class NotificationServiceH2Test extends NotificationServiceTests {
}
