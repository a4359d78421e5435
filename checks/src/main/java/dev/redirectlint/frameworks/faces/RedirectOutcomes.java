package dev.redirectlint.frameworks.faces;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.redirectlint.java.Helpers;
import dev.redirectlint.java.SourceFile;
import dev.redirectlint.java.StringEvaluator;
import dev.redirectlint.java.StringValue;
import dev.redirectlint.redirects.HandlerContext;
import java.util.Optional;

/**
 * Whether an outcome asks for a redirect: Mojarra's {@code NavigationHandlerImpl} looks for
 * {@code faces-redirect=true} in the outcome's query string.
 */
final class RedirectOutcomes {

    /** How deep concatenations and helpers are read. */
    private static final int MAX_DEPTH = 8;

    private RedirectOutcomes() {}

    /** The value of the outcome that holds the redirect parameter, if one does. */
    static Optional<StringValue> find(Expression outcome, StringEvaluator strings, HandlerContext context) {
        return find(outcome, strings, true, context, 0);
    }

    /**
     * The value that holds the redirect parameter: of the whole outcome, else of a part of a concatenation
     * that follows text the evaluation does not know ({@code "edit?id=" + id + "&faces-redirect=true"}), also
     * in what a helper of the class returns ({@code redirectTo(path)} returning {@code path + "?faces-redirect=true"}).
     */
    private static Optional<StringValue> find(Expression outcome, StringEvaluator strings, boolean whole,
            HandlerContext context, int depth) {
        for (StringValue value : strings.evaluate(outcome)) {
            if (redirects(value.text(), whole)) {
                return Optional.of(value);
            }
        }
        if (depth > MAX_DEPTH) {
            return Optional.empty();
        }
        if (outcome instanceof EnclosedExpr enclosed) {
            return find(enclosed.getInner(), strings, whole, context, depth + 1);
        }
        if (outcome instanceof ConditionalExpr conditional) {
            return find(conditional.getThenExpr(), strings, whole, context, depth + 1)
                    .or(() -> find(conditional.getElseExpr(), strings, whole, context, depth + 1));
        }
        if (outcome instanceof BinaryExpr binary && binary.getOperator() == BinaryExpr.Operator.PLUS) {
            return find(binary.getLeft(), strings, whole, context, depth + 1)
                    .or(() -> find(binary.getRight(), strings, false, context, depth + 1));
        }
        if (outcome instanceof MethodCallExpr call && ownCall(call)) {
            for (MethodDeclaration helper : FacesContexts.ownMethods(call)) {
                StringEvaluator own = new StringEvaluator(SourceFile.require(helper).names(), context.helpers());
                for (Expression returned : Helpers.returnedExpressionsOf(helper)) {
                    Optional<StringValue> value = find(returned, own, whole, context, depth + 1);
                    if (value.isPresent()) {
                        return value;
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** {@code helper(...)}, {@code this.helper(...)} or {@code super.helper(...)}: a method of the class. */
    private static boolean ownCall(MethodCallExpr call) {
        return call.getScope().map(scope -> scope.isThisExpr() || scope.isSuperExpr()).orElse(true);
    }

    /** True if a whole outcome's query string holds the redirect parameter ({@code orders?faces-redirect=true}). */
    static boolean redirects(String outcome) {
        return redirects(outcome, true);
    }

    /** The parameter in the query string: after {@code ?} in a whole outcome, after {@code ?} or {@code &} in a part. */
    private static boolean redirects(String text, boolean whole) {
        int at = text.indexOf(FacesTypes.REDIRECT_PARAMETER);
        if (at < 0) {
            return false;
        }
        int query = text.indexOf('?');
        if (query >= 0 && query < at) {
            return true;
        }
        return !whole && (at == 0 || text.charAt(at - 1) == '&');
    }
}
