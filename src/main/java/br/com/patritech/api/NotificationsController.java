package br.com.patritech.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import br.com.patritech.notifications.NotificationItem;
import br.com.patritech.notifications.NotificationService;

/** The token owner's notifications (decision 0018): what waits for them, read and unread. */
@RestController
@RequestMapping("/api/v1/notifications")
@Tag(name = "Notificações")
class NotificationsController {

    /** How many notifications are unread. */
    record UnreadCount(long unread) {
    }

    /** How many were unread and are now read. */
    record MarkedRead(int marked) {
    }

    private final NotificationService notifications;

    NotificationsController(NotificationService notifications) {
        this.notifications = notifications;
    }

    @GetMapping
    @Operation(summary = "As notificações do usuário do token, mais novas primeiro",
            description = "Cada uma com o tipo, o assunto, o caminho da tela onde agir e se já foi lida; size de 1 a 200")
    PageResponse<NotificationItem> list(@RequestParam(defaultValue = "0") int page,
                                        @RequestParam(defaultValue = "20") int size) {
        ApiPage paging = ApiPage.of(page, size);
        List<NotificationItem> content = notifications.page(paging.offset(), paging.size());
        return paging.response(content, notifications.count(), null);
    }

    @GetMapping("/unread-count")
    @Operation(summary = "Quantas notificações não lidas", description = "O número do sino")
    UnreadCount unreadCount() {
        return new UnreadCount(notifications.unreadCount());
    }

    @PostMapping("/{id}/read")
    @Operation(summary = "Marcar uma notificação como lida",
            description = "Responde quantas continuam não lidas; marcar de novo não muda nada; a notificação de "
                    + "outro usuário responde 404")
    UnreadCount markRead(@PathVariable long id) {
        notifications.markRead(id);
        return new UnreadCount(notifications.unreadCount());
    }

    @PostMapping("/read-all")
    @Operation(summary = "Marcar todas como lidas", description = "Responde quantas estavam não lidas")
    MarkedRead markAllRead() {
        return new MarkedRead(notifications.markAllRead());
    }
}
