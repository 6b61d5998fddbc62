package br.com.patritech.notifications;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import br.com.patritech.assets.AssetWrittenOff;
import br.com.patritech.custody.TermIssued;
import br.com.patritech.depreciation.MonthClosed;
import br.com.patritech.exchange.ImportFinished;
import br.com.patritech.inventory.CampaignOpened;
import br.com.patritech.transfers.GuideSent;
import br.com.patritech.users.AccountChanged;

/**
 * Turns the features' events into notifications once their transaction has committed (nothing is announced that
 * rolled back); {@code fallbackExecution} also takes events published outside a transaction. A failure here is
 * logged by Spring and never undoes the user's action.
 */
@Component
class NotificationListeners {

    /** The assets list: imported assets appear there (the import screen belongs to exchange). */
    static final String IMPORT_LINK = "bens";

    private final Notifier notifier;
    private final NotificationRecipients recipients;

    NotificationListeners(Notifier notifier, NotificationRecipients recipients) {
        this.notifier = notifier;
        this.recipients = recipients;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void guideSent(GuideSent e) {
        notifier.notify(recipients.mayAcceptIn(e.destinationUnitId(), e.senderId()), NotificationKind.TRANSFER_TO_ACCEPT,
                e.number(), "transferencias/" + e.guideId());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void termIssued(TermIssued e) {
        notifier.notify(List.of(e.personUserId()), NotificationKind.TERM_TO_ACCEPT, e.number(), "meus-bens");
    }

    @TransactionalEventListener(fallbackExecution = true)
    void campaignOpened(CampaignOpened e) {
        notifier.notify(e.committeeUserIds(), NotificationKind.CAMPAIGN_TO_COUNT, e.name(),
                "inventario/" + e.campaignId() + "/contar");
    }

    @TransactionalEventListener(fallbackExecution = true)
    void monthClosed(MonthClosed e) {
        notifier.notify(recipients.managers(), NotificationKind.MONTH_CLOSED,
                "%02d/%d".formatted(e.month().getMonthValue(), e.month().getYear()), "depreciacao");
    }

    @TransactionalEventListener(fallbackExecution = true)
    void importFinished(ImportFinished e) {
        notifier.notify(List.of(e.userId()), NotificationKind.IMPORT_FINISHED,
                "%s (%d / %d)".formatted(e.fileName(), e.imported(), e.rejected()), IMPORT_LINK);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void accountChanged(AccountChanged e) {
        boolean reset = e.change() == AccountChanged.Change.PASSWORD_RESET;
        notifier.notify(List.of(e.userId()), reset ? NotificationKind.PASSWORD_RESET : NotificationKind.ACCESS_CHANGED,
                "", reset ? "alterar-senha" : "");
    }

    @TransactionalEventListener(fallbackExecution = true)
    void assetWrittenOff(AssetWrittenOff e) {
        notifier.notify(recipients.ofUnit(e.unitId(), e.actorId()), NotificationKind.ASSET_WRITTEN_OFF, e.tombo(),
                "bens/" + e.assetId());
    }
}
