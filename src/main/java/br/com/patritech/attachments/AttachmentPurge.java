package br.com.patritech.attachments;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every night, removes for good the files deleted more than 30 days ago. Every instance runs it: a second run finds
 * nothing left to delete, so no lock is needed.
 */
@Component
class AttachmentPurge {

    private static final Logger log = LoggerFactory.getLogger(AttachmentPurge.class);

    private final AttachmentService attachments;

    AttachmentPurge(AttachmentService attachments) {
        this.attachments = attachments;
    }

    @Scheduled(cron = "${patritech.attachments.purge-cron:0 15 3 * * *}")
    void purge() {
        int removed = attachments.purgeExpired();
        if (removed > 0) {
            log.info("Purged {} attachments deleted more than {} days ago", removed,
                    AttachmentService.KEPT_AFTER_DELETE.toDays());
        }
    }
}
