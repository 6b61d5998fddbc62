package br.com.patritech.inventory.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * Live scanning with the phone camera through the browser's own BarcodeDetector (Chrome on Android and others), with
 * no JavaScript module in the bundle: the script runs through {@code executeJs}. Where the browser has no detector
 * (iPhone Safari) it says so, and the photo upload is the way.
 */
class CameraScanner extends Div {

    private static final String START = """
            const host = this;
            if (!('BarcodeDetector' in window) || !navigator.mediaDevices) { return false; }
            const detector = new BarcodeDetector({formats: ['qr_code', 'code_128', 'code_39']});
            const stream = await navigator.mediaDevices.getUserMedia({video: {facingMode: 'environment'}});
            const video = document.createElement('video');
            video.setAttribute('playsinline', '');
            video.muted = true;
            video.style.width = '100%';
            video.style.maxHeight = '40vh';
            video.srcObject = stream;
            host.appendChild(video);
            await video.play();
            let last = '', lastAt = 0;
            host._stop = () => { clearInterval(host._timer); stream.getTracks().forEach(t => t.stop()); video.remove(); };
            host._timer = setInterval(async () => {
              try {
                const codes = await detector.detect(video);
                const now = Date.now();
                if (codes.length && (codes[0].rawValue !== last || now - lastAt > 4000)) {
                  last = codes[0].rawValue; lastAt = now;
                  host.$server.scanned(last);
                }
              } catch (e) { /* a frame that could not be read */ }
            }, 300);
            return true;""";

    private final Consumer<String> onCode;
    private final Runnable unavailable;
    private final Button toggle = new Button();
    private boolean running;

    CameraScanner(Consumer<String> onCode, Runnable unavailable) {
        this.onCode = onCode;
        this.unavailable = unavailable;
        setId("count-camera-view");
        setWidthFull();
        toggle.setId("count-camera");
        toggle.setIcon(VaadinIcon.CAMERA.create());
        toggle.addClickListener(e -> toggle());
        showState();
    }

    Button button() {
        return toggle;
    }

    private void toggle() {
        if (running) {
            getElement().executeJs("if (this._stop) { this._stop(); }");
            running = false;
            showState();
            return;
        }
        getElement().executeJs("return (async () => {" + START + "}).call(this)").then(Boolean.class, started -> {
            running = Boolean.TRUE.equals(started);
            showState();
            if (!running) {
                unavailable.run();
            }
        }, error -> unavailable.run());
    }

    private void showState() {
        toggle.setText(getTranslation(running ? "inventory.count.camera.stop" : "inventory.count.camera"));
    }

    @ClientCallable
    void scanned(String code) {
        onCode.accept(code);
    }
}
