package br.com.patritech.assets.ui;

import java.util.Locale;

import com.vaadin.flow.component.html.Span;

import br.com.patritech.assets.AssetStatus;
import br.com.patritech.base.ui.EnumLabels;

/** The lifecycle state (ATIVO, EM MANUTENÇÃO, EM TRÂNSITO, BAIXADO) as a coloured badge (styles.css). */
class StatusBadge extends Span {

    StatusBadge(AssetStatus status) {
        super(EnumLabels.of(status).toUpperCase(Locale.ROOT));
        addClassNames("status-badge", status.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
}
