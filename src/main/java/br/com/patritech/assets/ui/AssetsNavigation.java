package br.com.patritech.assets.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.VaadinSession;

import br.com.patritech.assets.AssetFilter;

/** Where the asset screens live, and the only way other screens reach them. */
public final class AssetsNavigation {

    static final String LIST = "bens";
    static final String NEW = "bens/novo";
    static final String ASSET = "bens/:id([0-9]+)";
    static final String EDIT = "bens/:id([0-9]+)/editar";
    private static final String LAST_LIST = AssetsNavigation.class.getName() + ".lastList";
    private static final String DRAFT = AssetsNavigation.class.getName() + ".draft";

    private AssetsNavigation() {
    }

    /** The list as the user last left it in this session (search, filters, sort). */
    public static void toAssets() {
        VaadinSession session = VaadinSession.getCurrent();
        Object last = session == null ? null : session.getAttribute(LAST_LIST);
        UI.getCurrent().navigate(AssetsView.class, last instanceof QueryParameters q ? q : QueryParameters.empty());
    }

    /** The list narrowed to this filter. */
    public static void toAssets(AssetFilter filter) {
        UI.getCurrent().navigate(AssetsView.class, new AssetListQuery(filter, null).toQueryParameters());
    }

    public static void toAsset(long id) {
        UI.getCurrent().navigate(AssetView.class, idParameter(id));
    }

    /** Sends a navigation in progress on to the asset's page (e.g. from a label's {@code /t/<tombo>} link). */
    public static void forwardToAsset(com.vaadin.flow.router.BeforeEnterEvent event, long id) {
        event.forwardTo(AssetView.class, idParameter(id));
    }

    public static void toNewAsset() {
        UI.getCurrent().navigate(NewAssetView.class);
    }

    /** The new-asset form prefilled by another feature, which also decides how Save registers it. */
    public static void toNewAsset(NewAssetDraft draft) {
        VaadinSession.getCurrent().setAttribute(DRAFT, draft);
        UI.getCurrent().navigate(NewAssetView.class);
    }

    /** The draft handed to the next new-asset form, once (a later plain "new asset" starts empty). */
    static NewAssetDraft takeDraft() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null || !(session.getAttribute(DRAFT) instanceof NewAssetDraft draft)) {
            return null;
        }
        session.setAttribute(DRAFT, null);
        return draft;
    }

    public static void toEditAsset(long id) {
        UI.getCurrent().navigate(EditAssetView.class, idParameter(id));
    }

    static RouteParameters idParameter(long id) {
        return new RouteParameters("id", String.valueOf(id));
    }

    /** Called by the list whenever its query changes, so "back to the list" returns to it. */
    static void rememberList(QueryParameters query) {
        VaadinSession.getCurrent().setAttribute(LAST_LIST, query);
    }
}
