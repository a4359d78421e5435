package dev.redirectlint.frameworks.micronaut;

import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Expression;
import dev.redirectlint.fix.Statuses;
import dev.redirectlint.java.Annotations;
import dev.redirectlint.java.StatusValue;
import dev.redirectlint.model.Mechanism;
import dev.redirectlint.model.Redirect;
import dev.redirectlint.redirects.HandlerContext;
import dev.redirectlint.redirects.RedirectDetector;
import dev.redirectlint.redirects.StatusArgumentRemedy;
import java.util.List;
import java.util.Optional;

/**
 * A Micronaut controller method with {@code @Status(HttpStatus.FOUND)} (or another 3xx): Micronaut answers
 * with that status whenever the method returns a body rather than an {@code HttpResponse}, whose own status
 * wins ({@code DefaultRouteInfo} reads {@code @Status} as the route's defined status). A fallback
 * ({@code FrameworkHome.fallbackDetectors()}), so it runs after every other detector: a redirect the method
 * builds itself is where the finding belongs.
 */
final class MicronautStatusRedirects implements RedirectDetector {

    @Override
    public void detect(HandlerContext context, List<Redirect> found) {
        if (context.handler().framework() != MicronautTypes.FRAMEWORK || !found.isEmpty()
                || context.handler().method().getType().toString().contains("HttpResponse")) {
            return;
        }
        Optional<AnnotationExpr> annotation =
                Annotations.find(context.handler().method(), MicronautTypes.STATUS, context.names());
        Optional<Expression> value = annotation.flatMap(a -> Annotations.attribute(a, "value"));
        Optional<StatusValue> status = value.flatMap(v -> context.statuses().evaluate(v));
        if (status.isEmpty() || !status.get().isRedirect()) {
            return;
        }
        Mechanism mechanism = MicronautTypes.STATUS_ANNOTATION;
        found.add(new Redirect(mechanism, mechanism.description() + "(" + value.get() + ")",
                status.get().code(), annotation.get(), Optional.empty(), annotation.get().toString(),
                new StatusArgumentRemedy(context, status.get(), value.get(),
                        s -> "use @Status(HttpStatus." + Statuses.enumName(s) + ")")));
    }
}
