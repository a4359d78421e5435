package dev.redirectlint.frameworks.spring;

import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.redirectlint.fix.Statuses;
import dev.redirectlint.java.StatusValue;
import dev.redirectlint.model.Redirect;
import dev.redirectlint.redirects.HandlerContext;
import dev.redirectlint.redirects.RedirectDetector;
import dev.redirectlint.redirects.StatusArgumentRemedy;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A Spring handler whose only redirect status comes from {@code @ResponseStatus(HttpStatus.FOUND)}
 * (or another 3xx) on the method or its class. Runs after the other detectors: when a view or a
 * response object produces the redirect, that is where the finding belongs.
 */
final class ResponseStatusRedirects implements RedirectDetector {

    private static final Set<String> ENTITY_TYPES = Set.of("ResponseEntity", "HttpEntity");

    @Override
    public void detect(HandlerContext context, List<Redirect> found) {
        if (context.handler().framework() != SpringTypes.MVC || !found.isEmpty() || returnsEntity(context)) {
            return;
        }
        if (SpringHandlerDetails.of(context.handler()).reactive() && returnsRedirectView(context)) {
            // WebFlux's RedirectView sets its own status when it renders (303 unless given another), over the
            // handler's @ResponseStatus, and writes the Location header (reactive RedirectView.sendRedirect).
            return;
        }
        Optional<AnnotationExpr> annotation = SpringTypes.responseStatus(context);
        if (annotation.isEmpty() || annotation.get().isNormalAnnotationExpr() && annotation.get()
                .asNormalAnnotationExpr().getPairs().stream().anyMatch(p -> p.getNameAsString().equals("reason"))) {
            return;
        }
        Optional<Expression> value = SpringTypes.responseStatusValue(annotation.get());
        Optional<StatusValue> status = value.flatMap(v -> context.statuses().evaluate(v));
        if (status.isEmpty() || !status.get().isRedirect()) {
            return;
        }
        found.add(new Redirect(SpringTypes.RESPONSE_STATUS, context.textOf(annotation.get()), status.get().code(),
                annotation.get(), Optional.empty(), annotation.get().toString(),
                new StatusArgumentRemedy(context, status.get(), value.get(),
                        s -> "use @ResponseStatus(HttpStatus." + Statuses.enumName(s) + ")")));
    }

    /** True if the handler returns a redirect view: a {@code redirect:} name, a RedirectView, a redirect Rendering. */
    private static boolean returnsRedirectView(HandlerContext context) {
        for (Expression returned : context.helpers().returnedExpressions(context.handler().method())) {
            if (context.strings().evaluate(returned).stream().anyMatch(value -> value.startsWith("redirect:"))) {
                return true;
            }
            boolean view = returned.findAll(ObjectCreationExpr.class).stream()
                    .anyMatch(creation -> creation.getType().getNameAsString().equals("RedirectView"))
                    || returned.findAll(MethodCallExpr.class).stream()
                            .anyMatch(call -> call.getNameAsString().equals("redirectTo"));
            if (view) {
                return true;
            }
        }
        return false;
    }

    private static boolean returnsEntity(HandlerContext context) {
        return context.handler().method().getType() instanceof ClassOrInterfaceType type
                && ENTITY_TYPES.contains(type.getNameAsString());
    }
}
