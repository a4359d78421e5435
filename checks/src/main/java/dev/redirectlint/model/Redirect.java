package dev.redirectlint.model;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.MethodCallExpr;
import java.util.List;
import java.util.Optional;

/**
 * A status a handler answers with, and what produces it.
 *
 * @param mechanism the API construct
 * @param description how the message names the mechanism; usually {@link Mechanism#description()}
 * @param status the status code sent
 * @param location where the handler produces it: the expression in the handler's own body, or the
 *     call to the helper that produces it
 * @param helperSite the place inside a helper method, when the handler calls one
 * @param expression the producing expression as written, for line-independent fingerprints
 * @param remedy advice and fixes for another status
 * @param chain the calls from the handler down to the method that makes the redirect, the first one in the
 *     handler; empty when the handler makes it itself
 */
public record Redirect(
        Mechanism mechanism,
        String description,
        int status,
        Node location,
        Optional<Node> helperSite,
        String expression,
        Remedy remedy,
        List<MethodCallExpr> chain) {

    public Redirect {
        chain = List.copyOf(chain);
    }

    /** A redirect the handler makes itself, or whose helper is only known by its site. */
    public Redirect(Mechanism mechanism, String description, int status, Node location, Optional<Node> helperSite,
            String expression, Remedy remedy) {
        this(mechanism, description, status, location, helperSite, expression, remedy, List.of());
    }

    public boolean isStatus(int code) {
        return status == code;
    }
}
