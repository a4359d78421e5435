package dev.redirectlint.frameworks.faces;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import dev.redirectlint.java.StringValue;
import dev.redirectlint.model.Redirect;
import dev.redirectlint.redirects.HandlerContext;
import dev.redirectlint.redirects.RedirectDetector;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An action that returns an outcome a faces-config navigation case with {@code <redirect/>} takes: Mojarra's
 * {@code NavigationHandlerImpl.handleNavigation} then redirects to the case's view with
 * {@code ExternalContext.redirect}, so 302 on a full postback. The outcome is what the method returns
 * ({@code "saved"}, a constant, a conditional of them); a case without {@code from-outcome} takes any outcome
 * but null, one with {@code from-action} only that action's. A null outcome (also a {@code void} action's)
 * is taken only by a case with an {@code <if>} and no {@code from-outcome}, and is not reported.
 */
final class NavigationCaseRedirects implements RedirectDetector {

    @Override
    public void detect(HandlerContext context, List<Redirect> found) {
        if (context.handler().framework() != FacesTypes.FRAMEWORK || context.handler().isLambda()) {
            return;
        }
        Optional<FacesConfig> config = context.names().index().settings().config(FacesConfig.class);
        if (config.isEmpty() || config.get().navigation().isEmpty()) {
            return;
        }
        Optional<String> bean = BeanNames.of(context.handler().type(), context.names());
        String method = context.handler().method().getNameAsString();
        // The views whose full postbacks invoke it: their rules decide where its outcome goes.
        Set<String> viewIds = bean.map(name -> (Set<String>) config.get().views().postbackViews(name, method))
                .orElse(Set.of());
        for (Expression returned : context.helpers().returnedExpressions(context.handler().method())) {
            if (returned instanceof NullLiteralExpr
                    || RedirectOutcomes.find(returned, context.strings(), context).isPresent()) {
                continue; // no navigation; or a faces-redirect=true outcome, which OutcomeRedirects reports
            }
            redirect(context, config.get(), bean, method, viewIds, returned).ifPresent(found::add);
        }
    }

    /** The first of the outcome's values (or, none known, any outcome) that a case with a redirect takes. */
    private static Optional<Redirect> redirect(HandlerContext context, FacesConfig config, Optional<String> bean,
            String method, Set<String> viewIds, Expression returned) {
        List<StringValue> values = context.strings().evaluate(returned).stream().filter(StringValue::complete).toList();
        for (StringValue value : values) {
            Optional<NavigationCase> taken = config.redirectCase(Optional.of(value.text()), bean, method, viewIds);
            if (taken.isPresent()) {
                return Optional.of(redirect(context, returned, "outcome \"" + value.text() + "\"", taken.get(),
                        context.helperSite(value.origin(), returned)));
            }
        }
        if (values.isEmpty()) {
            return config.redirectCase(Optional.empty(), bean, method, viewIds)
                    .map(taken -> redirect(context, returned, "its outcome", taken, Optional.empty()));
        }
        return Optional.empty();
    }

    private static Redirect redirect(HandlerContext context, Expression returned, String outcome,
            NavigationCase taken, Optional<com.github.javaparser.ast.Node> helperSite) {
        String description = outcome + " taken by " + FacesTypes.NAVIGATION_CASE.description() + " ("
                + taken.where() + ")" + FacesTypes.FULL_REQUEST;
        return new Redirect(FacesTypes.NAVIGATION_CASE, description, 302, returned, helperSite, returned.toString(),
                FacesRemedy.forOutcome());
    }
}
