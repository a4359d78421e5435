package dev.redirectlint.java;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import java.util.Optional;

/**
 * One string an expression may evaluate to, as far as it is known.
 *
 * @param text the known leading text
 * @param complete true if {@code text} is the whole string, false if more follows that is not known
 * @param origin the literal or constant the leading text comes from
 * @param viaHelper the call, in the expression that was evaluated, to the helper method that
 *     produced the value; empty when {@code origin} is in the evaluated method itself
 */
public record StringValue(String text, boolean complete, Expression origin, Optional<MethodCallExpr> viaHelper) {

    public boolean startsWith(String prefix) {
        return text.startsWith(prefix);
    }

    StringValue append(StringValue next) {
        return complete ? new StringValue(text + next.text, next.complete, origin, viaHelper) : this;
    }

    StringValue truncated() {
        return new StringValue(text, false, origin, viaHelper);
    }

    StringValue through(MethodCallExpr call) {
        return new StringValue(text, complete, origin, Optional.of(call)); // the outermost call wins
    }
}
