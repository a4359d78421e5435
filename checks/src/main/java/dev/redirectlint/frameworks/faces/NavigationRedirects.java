package dev.redirectlint.frameworks.faces;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.redirectlint.java.Helpers.Reached;
import dev.redirectlint.java.TypeNames;
import dev.redirectlint.model.Redirect;
import dev.redirectlint.redirects.HandlerContext;
import dev.redirectlint.redirects.RedirectDetector;
import java.util.List;
import java.util.Optional;

/**
 * Navigation started in code with a {@code faces-redirect=true} outcome:
 * {@code navigationHandler.handleNavigation(context, fromAction, outcome)} and
 * {@code ConfigurableNavigationHandler.performNavigation(outcome)}, which calls it. The navigation handler
 * redirects as it does for an action's outcome.
 */
final class NavigationRedirects implements RedirectDetector {

    @Override
    public void detect(HandlerContext context, List<Redirect> found) {
        if (context.handler().framework() != FacesTypes.FRAMEWORK) {
            return;
        }
        for (Reached reached : context.reachable()) {
            TypeNames names = context.names(reached);
            for (MethodCallExpr call : reached.code().findAll(MethodCallExpr.class)) {
                Optional<Expression> outcome = outcome(call);
                if (outcome.isPresent() && call.getScope().filter(scope -> FacesContexts.isNavigationHandler(scope, names))
                        .isPresent() && RedirectOutcomes.find(outcome.get(), context.strings(reached), context).isPresent()) {
                    found.add(context.redirectAt(reached, call, FacesTypes.REDIRECT_OUTCOME,
                            FacesTypes.REDIRECT_OUTCOME.description() + FacesTypes.FULL_REQUEST, 302, call.toString(),
                            FacesRemedy.forOutcome()));
                }
            }
        }
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
