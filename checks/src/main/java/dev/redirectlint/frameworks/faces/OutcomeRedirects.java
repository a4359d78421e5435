package dev.redirectlint.frameworks.faces;

import com.github.javaparser.ast.expr.Expression;
import dev.redirectlint.model.Redirect;
import dev.redirectlint.redirects.HandlerContext;
import dev.redirectlint.redirects.RedirectDetector;
import java.util.List;

/**
 * An action that returns an outcome whose query string holds {@code faces-redirect=true}: Mojarra's
 * {@code NavigationHandlerImpl} makes that a redirect to the view and sends it with
 * {@code ExternalContext.redirect}, so 302 on a full postback.
 */
final class OutcomeRedirects implements RedirectDetector {

    @Override
    public void detect(HandlerContext context, List<Redirect> found) {
        if (context.handler().framework() != FacesTypes.FRAMEWORK || context.handler().isLambda()) {
            return;
        }
        for (Expression returned : context.helpers().returnedExpressions(context.handler().method())) {
            RedirectOutcomes.find(returned, context.strings(), context).ifPresent(value -> found.add(new Redirect(
                    FacesTypes.REDIRECT_OUTCOME, FacesTypes.REDIRECT_OUTCOME.description() + FacesTypes.FULL_REQUEST,
                    302, returned, context.helperSite(value.origin(), returned), returned.toString(),
                    FacesRemedy.forOutcome())));
        }
    }
}
