package dev.redirectlint.java;

import com.github.javaparser.ast.expr.Expression;
import java.util.Optional;

/**
 * An HTTP status code found in source.
 *
 * @param code the status code
 * @param origin the expression that writes the code down: a literal or a constant reference
 * @param owner the class holding the constant, when {@code origin} is one
 */
public record StatusValue(int code, Expression origin, Optional<StatusConstants.Owner> owner) {

    public boolean isRedirect() {
        return code >= 300 && code < 400;
    }

    /** The redirect statuses after which a client needs a Location header to go anywhere. */
    public boolean needsLocation() {
        return code == 301 || code == 302 || code == 303 || code == 307 || code == 308;
    }
}
