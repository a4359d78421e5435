package dev.redirectlint.frameworks.faces;

import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.redirectlint.java.Helpers.Reached;
import dev.redirectlint.java.TypeNames;
import dev.redirectlint.model.Redirect;
import dev.redirectlint.redirects.HandlerContext;
import java.util.Optional;

/**
 * {@code ExternalContext.redirect(url)} in an action or what it calls: Mojarra's {@code ExternalContextImpl}
 * answers a full request with {@code HttpServletResponse.sendRedirect} (302), an Ajax one with a
 * {@code <partial-response><redirect>} body.
 */
final class ExternalContextRedirects extends FacesCallRedirects {

    @Override
    Optional<Redirect> redirect(HandlerContext context, Reached reached, TypeNames names, MethodCallExpr call) {
        if (call.getNameAsString().equals("redirect") && call.getArguments().size() == 1
                && call.getScope().filter(scope -> FacesContexts.isExternalContext(scope, names)).isPresent()) {
            return Optional.of(context.redirectAt(reached, call, FacesTypes.EXTERNAL_REDIRECT,
                    FacesTypes.EXTERNAL_REDIRECT.description() + FacesTypes.FULL_REQUEST, 302, call.toString(),
                    FacesRemedy.forRedirectCall()));
        }
        return Optional.empty();
    }
}
