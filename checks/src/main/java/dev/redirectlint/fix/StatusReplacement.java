package dev.redirectlint.fix;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import dev.redirectlint.java.StatusConstants.Owner;
import dev.redirectlint.java.StatusValue;
import java.util.Optional;

/**
 * Rewrites the expression that writes a status code down so that it writes another one, in the same
 * vocabulary: a literal stays a literal, {@code HttpStatus.FOUND} becomes {@code HttpStatus.SEE_OTHER},
 * a statically imported {@code SC_FOUND} becomes {@code SC_SEE_OTHER} with its static import.
 */
public final class StatusReplacement {

    private StatusReplacement() {}

    /**
     * Adds the replacement to {@code edits}, writing it at {@code site} (the status origin itself, or
     * the place a shared constant is used). Empty when the vocabulary has no such status.
     */
    public static Optional<String> replace(StatusValue value, Expression site, int status, Edits edits) {
        Optional<String> text = text(value, site, status, edits);
        text.ifPresent(replacement -> edits.replace(site, replacement));
        return text;
    }

    private static Optional<String> text(StatusValue value, Expression site, int status, Edits edits) {
        if (value.owner().isEmpty()) {
            return value.origin() instanceof IntegerLiteralExpr ? Optional.of(String.valueOf(status)) : Optional.empty();
        }
        Owner owner = value.owner().get();
        String name = owner.names().get(status);
        if (name == null) {
            return owner.intTyped() ? Optional.of(String.valueOf(status)) : Optional.empty();
        }
        if (site == value.origin() && value.origin() instanceof FieldAccessExpr access) {
            return Optional.of(access.getScope() + "." + name);
        }
        return Optional.of(edits.staticMember(owner.fqn(), name));
    }
}
