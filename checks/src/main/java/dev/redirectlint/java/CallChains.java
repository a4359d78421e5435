package dev.redirectlint.java;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;

/** Fluent call chains such as {@code Response.status(302).location(uri).build()}. */
public final class CallChains {

    private CallChains() {}

    /**
     * What the chain starts from: {@code Response} for {@code Response.status(302).build()}, {@code app} for
     * {@code app.post(...).get(...)}; a call without a receiver (or any other expression) is its own root.
     */
    public static Expression root(Expression expression) {
        Expression root = expression;
        while (root instanceof MethodCallExpr chained && chained.getScope().isPresent()) {
            root = chained.getScope().get();
        }
        return root;
    }
}
