package dev.redirectlint.frameworks.ratpack;

import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.redirectlint.model.Remedy;
import dev.redirectlint.redirects.CodeRouteRedirects;
import dev.redirectlint.redirects.HandlerContext;
import dev.redirectlint.redirects.PrependStatusArgument;
import java.util.function.IntFunction;

/**
 * Ratpack's {@code ctx.redirect(to)}, which sends 302 Found, and {@code ctx.redirect(code, to)}, on the
 * handler's {@code Context}. The status comes first; Ratpack's context has no status setter of its own.
 */
public final class RatpackRedirects extends CodeRouteRedirects {

    public RatpackRedirects() {
        super(RatpackTypes.FRAMEWORK, 0, RatpackTypes.CONTEXT, RatpackTypes.REDIRECT_MECHANISM, null);
    }

    @Override
    protected int statusPosition() {
        return 0; // redirect(303, to)
    }

    @Override
    protected boolean isStatusSetter(String name) {
        return false; // ctx.getResponse().status(...) is the response's, not the context's
    }

    @Override
    protected Remedy passStatus(HandlerContext context, MethodCallExpr call) {
        return new PrependStatusArgument(context, call, (status, edits) -> String.valueOf(status));
    }

    @Override
    protected IntFunction<String> statusArgumentAdvice(String method) {
        return status -> "pass " + status + " to ctx.redirect";
    }
}
