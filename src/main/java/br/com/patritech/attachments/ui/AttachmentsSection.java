package br.com.patritech.attachments.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;
import org.springframework.core.annotation.Order;

import br.com.patritech.assets.AssetDetails;
import br.com.patritech.assets.ui.AssetPageSection;
import br.com.patritech.attachments.AttachmentService;

/** The asset page's photos and documents (decision 0008: a section other features add, in {@code @Order}). */
@org.springframework.stereotype.Component
@Order(20)
class AttachmentsSection implements AssetPageSection {

    private final AttachmentService attachments;

    AttachmentsSection(AttachmentService attachments) {
        this.attachments = attachments;
    }

    @Override
    public Optional<Component> section(AssetDetails asset) {
        return Optional.of(new AttachmentsPanel(asset, attachments));
    }
}
