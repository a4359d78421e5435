package dev.redirectlint.frameworks.faces;

import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.redirectlint.java.Helpers.Reached;
import dev.redirectlint.java.TypeNames;
import dev.redirectlint.model.Redirect;
import dev.redirectlint.redirects.HandlerContext;
import dev.redirectlint.redirects.RedirectDetector;
import java.util.List;

/**
 * {@code ExternalContext.redirect(url)} in an action or what it calls: Mojarra's {@code ExternalContextImpl}
 * answers a full request with {@code HttpServletResponse.sendRedirect} (302), an Ajax one with a
 * {@code <partial-response><redirect>} body.
 */
final class ExternalContextRedirects implements RedirectDetector {

    @Override
    public void detect(HandlerContext context, List<Redirect> found) {
        if (context.handler().framework() != FacesTypes.FRAMEWORK) {
            return;
        }
        for (Reached reached : context.reachable()) {
            TypeNames names = context.names(reached);
            for (MethodCallExpr call : reached.code().findAll(MethodCallExpr.class)) {
                if (call.getNameAsString().equals("redirect") && call.getArguments().size() == 1
                        && call.getScope().filter(scope -> FacesContexts.isExternalContext(scope, names)).isPresent()) {
                    found.add(context.redirectAt(reached, call, FacesTypes.EXTERNAL_REDIRECT,
                            FacesTypes.EXTERNAL_REDIRECT.description() + FacesTypes.FULL_REQUEST, 302, call.toString(),
                            FacesRemedy.forRedirectCall()));
                }
            }
        }
    }
}
