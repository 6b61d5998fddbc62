package br.com.patritech.support;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.StreamResourceRegistry;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;

/** In a Karibu test, what the browser would get by following a download link (UTF-8 text, without a BOM). */
public final class Downloads {

    private Downloads() {
    }

    public static String text(Anchor link) throws Exception {
        URI uri = URI.create(link.getHref());
        var resource = (StreamResourceRegistry.ElementStreamResource) VaadinSession.getCurrent().getResourceRegistry()
                .getResource(uri).orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        VaadinResponse response = mock(VaadinResponse.class);
        when(response.getOutputStream()).thenReturn(out);
        ((DownloadHandler) resource.getElementRequestHandler()).handleDownloadRequest(new DownloadEvent(
                mock(VaadinRequest.class), response, VaadinSession.getCurrent(), link.getElement()));
        return new String(out.toByteArray(), StandardCharsets.UTF_8).replace("\uFEFF", "");
    }
}
