package br.com.patritech.inventory.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import br.com.patritech.inventory.ReadAnswer;
import br.com.patritech.inventory.ReadResult;

/**
 * The answer to the last read, impossible to miss on a phone held at arm's length: a full-width coloured block with
 * the result in large type (green found here, amber elsewhere, red written off or unknown), and a vibration.
 */
class ReadAnswerPanel extends Div {

    private final Span headline = new Span();
    private final Span detail = new Span();

    ReadAnswerPanel() {
        setId("count-answer");
        getElement().setAttribute("role", "status");
        getElement().setAttribute("aria-live", "assertive");
        headline.setId("count-answer-text");
        headline.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("font-weight", "600").set("display", "block");
        detail.setId("count-answer-detail");
        getStyle().set("padding", "var(--lumo-space-m)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("width", "100%").set("box-sizing", "border-box");
        add(headline, detail);
        setVisible(false);
    }

    void show(ReadAnswer answer) {
        headline.setText(switch (answer.result()) {
            case FOUND -> getTranslation("inventory.count.found", answer.tombo(), answer.assetName());
            case MISPLACED -> getTranslation("inventory.count.misplaced", answer.tombo(), answer.assetName(),
                    answer.belongsToUnit(), answer.belongsToRoom() == null ? "" : " - " + answer.belongsToRoom());
            case OTHER_UNIT -> getTranslation("inventory.count.other-unit", answer.tombo(),
                    answer.belongsToUnit() == null ? "" : ": " + answer.belongsToUnit()
                            + (answer.belongsToRoom() == null ? "" : " - " + answer.belongsToRoom()));
            case WRITTEN_OFF -> getTranslation("inventory.count.written-off", answer.tombo(),
                    answer.assetName() == null ? "" : answer.assetName());
            case UNKNOWN -> getTranslation("inventory.count.unknown", answer.tombo());
        });
        detail.setText(answer.repeated() ? getTranslation("inventory.count.repeated", answer.readInRoom(), answer.readBy()) : "");
        String tone = tone(answer.result());
        getElement().setAttribute("data-result", answer.result().name());
        // warning tokens are recent in Lumo: a fallback keeps amber on older themes
        getStyle().set("background", "var(--lumo-" + tone + "-color, #e8a200)")
                .set("color", "var(--lumo-" + tone + "-contrast-color, #1a1a1a)");
        setVisible(true);
        getElement().executeJs("if (navigator.vibrate) { navigator.vibrate($0 ? [80] : [200, 100, 200]); }",
                answer.result() == ReadResult.FOUND);
    }

    void showProblem(String text) {
        headline.setText(text);
        detail.setText("");
        getElement().setAttribute("data-result", "ERROR");
        getStyle().set("background", "var(--lumo-error-color)").set("color", "var(--lumo-error-contrast-color)");
        setVisible(true);
    }

    private static String tone(ReadResult result) {
        return switch (result) {
            case FOUND -> "success";
            case MISPLACED, OTHER_UNIT -> "warning";
            case WRITTEN_OFF, UNKNOWN -> "error";
        };
    }
}
