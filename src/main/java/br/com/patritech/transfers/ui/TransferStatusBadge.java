package br.com.patritech.transfers.ui;

import java.util.Locale;

import com.vaadin.flow.component.html.Span;

import br.com.patritech.base.ui.EnumLabels;
import br.com.patritech.transfers.TransferStatus;

/** A guide's state as a coloured badge, with the asset badges' colours (styles.css): waiting, done, ended. */
class TransferStatusBadge extends Span {

    TransferStatusBadge(TransferStatus status) {
        super(EnumLabels.of(status).toUpperCase(Locale.ROOT));
        addClassNames("status-badge", switch (status) {
            case PENDENTE -> "em-manutencao";
            case ACEITA -> "ativo";
            case RECUSADA, CANCELADA -> "baixado";
        });
    }
}
