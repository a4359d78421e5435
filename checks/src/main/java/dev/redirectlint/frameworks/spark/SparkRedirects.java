package dev.redirectlint.frameworks.spark;

import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.redirectlint.fix.Edits;
import dev.redirectlint.model.Remedy;
import dev.redirectlint.redirects.CodeRouteRedirects;
import dev.redirectlint.redirects.HandlerContext;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * Spark's {@code response.redirect(location)}, which calls the servlet {@code sendRedirect} and so sends
 * 302 Found, {@code response.redirect(location, status)}, and {@code response.status(...)} with a
 * redirect status, on the route's {@code Response}.
 */
public final class SparkRedirects extends CodeRouteRedirects {

    public SparkRedirects() {
        super(SparkTypes.FRAMEWORK, 1, SparkTypes.RESPONSE, SparkTypes.REDIRECT_MECHANISM, SparkTypes.STATUS_MECHANISM);
    }

    @Override
    protected Remedy passStatus(HandlerContext context, MethodCallExpr call) {
        return new PassStatus(context, call);
    }

    @Override
    protected IntFunction<String> statusArgumentAdvice(String method) {
        return status -> method.equals("status") ? "call response.status(" + status + ")"
                : "pass " + status + " to response.redirect";
    }

    /** {@code response.redirect(url)} becomes {@code response.redirect(url, 303)}, which Spark has always had. */
    private static final class PassStatus extends AddStatusArgument {

        PassStatus(HandlerContext context, MethodCallExpr call) {
            super(context, call);
        }

        @Override
        public String advice(int status) {
            return "call " + receiver() + ".redirect(url, " + status + ")";
        }

        @Override
        protected Optional<String> statusArgument(int status, Edits edits) {
            return Optional.of(String.valueOf(status));
        }
    }
}
