package dev.redirectlint.frameworks.faces;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.redirectlint.java.Helpers.Reached;
import dev.redirectlint.java.TypeNames;
import dev.redirectlint.model.Redirect;
import dev.redirectlint.redirects.HandlerContext;
import java.util.Optional;

/**
 * Navigation started in code with a {@code faces-redirect=true} outcome:
 * {@code navigationHandler.handleNavigation(context, fromAction, outcome)} and
 * {@code ConfigurableNavigationHandler.performNavigation(outcome)}, which calls it. The navigation handler
 * redirects as it does for an action's outcome.
 */
final class NavigationRedirects extends FacesCallRedirects {

    @Override
    Optional<Redirect> redirect(HandlerContext context, Reached reached, TypeNames names, MethodCallExpr call) {
        Optional<Expression> outcome = outcome(call);
        if (outcome.isPresent() && call.getScope().filter(scope -> FacesContexts.isNavigationHandler(scope, names))
                .isPresent() && RedirectOutcomes.find(outcome.get(), context.strings(reached), context).isPresent()) {
            return Optional.of(context.redirectAt(reached, call, FacesTypes.REDIRECT_OUTCOME,
                    FacesTypes.REDIRECT_OUTCOME.description() + FacesTypes.FULL_REQUEST, 302, call.toString(),
                    FacesRemedy.forOutcome()));
        }
        return Optional.empty();
    }

    /** The outcome argument: third of {@code handleNavigation} (with or without a flow), only of {@code performNavigation}. */
    private static Optional<Expression> outcome(MethodCallExpr call) {
        String name = call.getNameAsString();
        int arguments = call.getArguments().size();
        if (name.equals("handleNavigation") && (arguments == 3 || arguments == 4)) {
            return Optional.of(call.getArgument(2));
        }
        if (name.equals("performNavigation") && arguments == 1) {
            return Optional.of(call.getArgument(0));
        }
        return Optional.empty();
    }
}
