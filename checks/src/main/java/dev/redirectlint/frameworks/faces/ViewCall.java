package dev.redirectlint.frameworks.faces;

/** How a view invokes a bean method, which decides the request its redirect answers. */
enum ViewCall {
    /** A command component's full postback: a form POST, which a redirect answers with 302. */
    FULL_POSTBACK,
    /** An Ajax postback: Faces answers a redirect with a partial response's {@code <redirect>}, status 200. */
    AJAX,
    /**
     * A view action or a {@code preRenderView} listener: run while the view is requested with GET (a view
     * action by default on that GET only), so its redirect answers a GET.
     */
    GET
}
