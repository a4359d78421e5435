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
import dev.redirectlint.model.Redirect;
import dev.redirectlint.redirects.HandlerContext;
import dev.redirectlint.redirects.RedirectDetector;
import java.util.List;
import java.util.Optional;

/**
 * An action that returns an outcome whose query string holds {@code faces-redirect=true}: Mojarra's
 * {@code NavigationHandlerImpl} makes that a redirect to the view and sends it with
 * {@code ExternalContext.redirect}, so 302 on a full postback.
 */
final class OutcomeRedirects implements RedirectDetector {

    /** How deep concatenations and helpers are read. */
    private static final int MAX_DEPTH = 8;

    @Override
    public void detect(HandlerContext context, List<Redirect> found) {
        if (context.handler().framework() != FacesTypes.FRAMEWORK || context.handler().isLambda()) {
            return;
        }
        for (Expression returned : context.helpers().returnedExpressions(context.handler().method())) {
            redirectParameter(returned, context.strings(), true, context, 0).ifPresent(value -> found.add(new Redirect(
                    FacesTypes.REDIRECT_OUTCOME, FacesTypes.REDIRECT_OUTCOME.description(), 302, returned,
                    context.helperSite(value.origin(), returned), returned.toString(), FacesRemedy.forOutcome())));
        }
    }

    /**
     * The value that holds the redirect parameter: of the whole outcome, else of a part of a concatenation
     * that follows text the evaluation does not know ({@code "edit?id=" + id + "&faces-redirect=true"}), also
     * in what a helper of the class returns ({@code redirectTo(path)} returning {@code path + "?faces-redirect=true"}).
     */
    private static Optional<StringValue> redirectParameter(Expression outcome, StringEvaluator strings, boolean whole,
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
            return redirectParameter(enclosed.getInner(), strings, whole, context, depth + 1);
        }
        if (outcome instanceof ConditionalExpr conditional) {
            return redirectParameter(conditional.getThenExpr(), strings, whole, context, depth + 1)
                    .or(() -> redirectParameter(conditional.getElseExpr(), strings, whole, context, depth + 1));
        }
        if (outcome instanceof BinaryExpr binary && binary.getOperator() == BinaryExpr.Operator.PLUS) {
            return redirectParameter(binary.getLeft(), strings, whole, context, depth + 1)
                    .or(() -> redirectParameter(binary.getRight(), strings, false, context, depth + 1));
        }
        if (outcome instanceof MethodCallExpr call && ownCall(call)) {
            for (MethodDeclaration helper : FacesContexts.ownMethods(call)) {
                StringEvaluator own = new StringEvaluator(SourceFile.require(helper).names(), context.helpers());
                for (Expression returned : Helpers.returnedExpressionsOf(helper)) {
                    Optional<StringValue> value = redirectParameter(returned, own, whole, context, depth + 1);
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
