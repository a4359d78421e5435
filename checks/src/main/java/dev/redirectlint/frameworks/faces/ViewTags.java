package dev.redirectlint.frameworks.faces;

import java.util.Map;
import java.util.Optional;

/**
 * What one tag of a view tells about the bean methods it invokes, whether the tag was read by the XML parser
 * or by {@link ViewScanner}. A tag's library is its namespace URI (or, in a view read by pattern that does not
 * declare it, its prefix). A tag of no library with an {@code action} (HTML5-friendly markup,
 * {@code <button jsf:action="...">}) is a full postback's command like {@code h:commandButton}.
 */
final class ViewTags {

    private ViewTags() {}

    /**
     * Records the calls a tag makes.
     *
     * @param ajaxBehaviour the tag has an Ajax behaviour for its action (a nested {@code f:ajax} or
     *     {@code p:ajax}) or sits inside a wrapping {@code f:ajax}
     */
    static void record(String library, String local, Map<String, String> attributes, boolean ajaxBehaviour,
            ViewContext view) {
        FacesViews.Builder calls = view.calls();
        view.templates().tag(library, local, attributes);
        Optional<String> used = CompositeComponents.usedBy(library, local);
        if (used.isPresent()) {
            // a composite component's attributes are whatever its interface declares: its commands decide
            attributes.forEach((name, value) -> MethodExpressions.parse(value)
                    .ifPresent(target -> view.components().use(used.get(), name, target)));
            return;
        }
        if (local.equals("ajax")) {
            // f:ajax, p:ajax: the listener runs in an Ajax request
            add(attributes.get("listener"), ViewCall.AJAX, view);
            return;
        }
        if (local.equals("event")) {
            // f:event type="preRenderView" and the like run while the view renders, for its GET above all
            add(attributes.get("listener"), ViewCall.GET, view);
            return;
        }
        if (local.equals("viewAction")) {
            // f:viewAction runs on the initial GET unless onPostback="true", and on postbacks only then (which
            // may well be Ajax): as a GET, a redirect there is not reported as answering a POST
            add(attributes.get("action"), ViewCall.GET, view);
            return;
        }
        if (view.component().isPresent() && local.equals("attribute") && isCompositeLibrary(library)) {
            view.components().attribute(view.component().get(), attributes.get("name"), attributes.get("targets"));
            return;
        }
        ViewCall call = ajaxBehaviour || isAjax(library, local, attributes.get("ajax")) ? ViewCall.AJAX
                : ViewCall.FULL_POSTBACK;
        if (view.component().isPresent()) {
            String id = local.startsWith("command") || local.equals("menuitem") ? attributes.get("id") : null;
            view.components().command(view.component().get(), attributes.get("action"), id, call);
            view.components().command(view.component().get(), attributes.get("actionListener"), null, call);
        }
        add(attributes.get("action"), call, view);
        add(attributes.get("actionListener"), call, view);
        String action = attributes.get("action");
        if (call == ViewCall.FULL_POSTBACK && view.component().isEmpty() && isLiteral(action)) {
            MethodExpressions.parse(attributes.get("actionListener")).ifPresent(listener ->
                    calls.addListenerOutcome(listener.bean(), listener.method(), action.trim(), view.viewId()));
        }
    }

    /** An outcome written as text ({@code action="saved"}), not an expression: Faces navigates by it as it is. */
    private static boolean isLiteral(String action) {
        return action != null && !action.isBlank() && !action.contains("#{") && !action.contains("${");
    }

    /** The tag library of {@code cc:interface} and {@code cc:attribute} (a prefix when read by pattern). */
    private static boolean isCompositeLibrary(String library) {
        return library.endsWith("/jsf/composite") || library.equals("jakarta.faces.composite")
                || library.equals("cc") || library.equals("composite");
    }

    /** True for a nested behaviour that makes its component's action Ajax: no event, or the action's own. */
    static boolean isActionBehaviour(String local, Map<String, String> attributes) {
        if (!local.equals("ajax") || "true".equals(attributes.get("disabled"))) {
            return false;
        }
        String event = attributes.get("event");
        return event == null || event.equals("action") || event.equals("click");
    }

    /**
     * PrimeFaces' command components (and RichFaces' a4j ones) submit with Ajax unless {@code ajax="false"};
     * a script command ({@code p:remoteCommand}, {@code h:commandScript}, {@code o:commandScript}) always
     * does; other libraries' components (h:, BootsFaces' b:) submit the form unless {@code ajax="true"}.
     */
    private static boolean isAjax(String library, String local, String ajax) {
        if (local.equals("remoteCommand") || local.equals("commandScript")) {
            return true;
        }
        if (ajax != null) {
            return !ajax.trim().equals("false");
        }
        return library.contains("primefaces") || library.equals("p") || library.contains("richfaces.org/a4j")
                || library.equals("a4j");
    }

    private static void add(String value, ViewCall call, ViewContext view) {
        MethodExpressions.parse(value).ifPresent(target -> {
            view.calls().add(target.bean(), target.method(), call);
            if (call == ViewCall.FULL_POSTBACK) {
                view.viewId().ifPresent(id -> view.calls().addPostbackView(target.bean(), target.method(), id));
            }
        });
    }
}
