package dev.redirectlint.frameworks.javalin;

import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.redirectlint.fix.Edits;
import dev.redirectlint.fix.Statuses;
import dev.redirectlint.model.Remedy;
import dev.redirectlint.redirects.CodeRouteRedirects;
import dev.redirectlint.redirects.HandlerContext;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * Javalin's {@code ctx.redirect(location)}, which sends 302 Found, {@code ctx.redirect(location, status)},
 * and {@code ctx.status(...)} with a redirect status, on the route's {@code Context}.
 */
public final class JavalinRedirects extends CodeRouteRedirects {

    public JavalinRedirects() {
        super(JavalinTypes.FRAMEWORK, 0, JavalinTypes.CONTEXT, JavalinTypes.REDIRECT_MECHANISM,
                JavalinTypes.STATUS_MECHANISM);
    }

    @Override
    protected Remedy passStatus(HandlerContext context, MethodCallExpr call) {
        return new PassStatus(context, call);
    }

    @Override
    protected IntFunction<String> statusArgumentAdvice(String method) {
        return status -> method.equals("status") ? "call ctx.status(HttpStatus." + Statuses.enumName(status) + ")"
                : "pass HttpStatus." + Statuses.enumName(status) + " to ctx.redirect";
    }

    /**
     * {@code ctx.redirect(url)} becomes {@code ctx.redirect(url, HttpStatus.SEE_OTHER)}. Javalin 5 made the
     * status an {@code HttpStatus} (3 and 4 took an {@code int}), so the edit is offered only where the
     * file already imports Javalin's {@code HttpStatus}, which shows it is Javalin 5 or later.
     */
    private static final class PassStatus extends AddStatusArgument {

        PassStatus(HandlerContext context, MethodCallExpr call) {
            super(context, call);
        }

        @Override
        public String advice(int status) {
            return "call " + receiver() + ".redirect(url, HttpStatus." + Statuses.enumName(status) + ") (Javalin 5+; "
                    + receiver() + ".redirect(url, " + status + ") on Javalin 3 and 4)";
        }

        @Override
        protected Optional<String> statusArgument(int status, Edits edits) {
            return context.names().imports(JavalinTypes.HTTP_STATUS)
                    ? Optional.of(edits.type(JavalinTypes.HTTP_STATUS) + "." + Statuses.enumName(status))
                    : Optional.empty();
        }
    }
}
