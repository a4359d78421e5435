package dev.redirectlint.model;

import com.github.javaparser.ast.Node;
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
 */
public record Redirect(
        Mechanism mechanism,
        String description,
        int status,
        Node location,
        Optional<Node> helperSite,
        String expression,
        Remedy remedy) {

    public boolean isStatus(int code) {
        return status == code;
    }
}
