package dev.redirectlint.frameworks.faces;

import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.redirectlint.java.Helpers.Reached;
import dev.redirectlint.java.TypeNames;
import dev.redirectlint.model.Redirect;
import dev.redirectlint.redirects.HandlerContext;
import dev.redirectlint.redirects.RedirectDetector;
import java.util.List;
import java.util.Optional;

/**
 * The calls a Faces action makes, in its own code and in what it calls, each asked once whether it redirects:
 * the detectors of the Faces home differ only in which calls those are.
 */
abstract class FacesCallRedirects implements RedirectDetector {

    @Override
    public final void detect(HandlerContext context, List<Redirect> found) {
        if (context.handler().framework() != FacesTypes.FRAMEWORK) {
            return;
        }
        for (Reached reached : context.reachable()) {
            TypeNames names = context.names(reached);
            for (MethodCallExpr call : reached.code().findAll(MethodCallExpr.class)) {
                redirect(context, reached, names, call).ifPresent(found::add);
            }
        }
    }

    /** The redirect the call makes, if it is one of this detector's. */
    abstract Optional<Redirect> redirect(HandlerContext context, Reached reached, TypeNames names, MethodCallExpr call);
}
