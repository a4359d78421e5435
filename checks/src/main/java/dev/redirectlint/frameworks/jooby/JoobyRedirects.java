package dev.redirectlint.frameworks.jooby;

import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.redirectlint.java.StatusConstants;
import dev.redirectlint.model.Framework;
import dev.redirectlint.model.Remedy;
import dev.redirectlint.redirects.CodeRouteRedirects;
import dev.redirectlint.redirects.HandlerContext;
import dev.redirectlint.redirects.PrependStatusArgument;
import java.util.function.IntFunction;

/**
 * Jooby's {@code ctx.sendRedirect(location)}, which sends 302 Found ({@code DefaultContext} passes
 * {@code StatusCode.FOUND}), {@code ctx.sendRedirect(status, location)}, and
 * {@code ctx.setResponseCode(...)} with a redirect status, on the route's {@code Context}: in script routes
 * and in MVC controllers, Jooby's annotations or the JAX-RS ones.
 */
public final class JoobyRedirects extends CodeRouteRedirects {

    private static final String STATUS_CODE = "io.jooby.StatusCode";

    public JoobyRedirects() {
        super(JoobyTypes.FRAMEWORK, 0, JoobyTypes.CONTEXT, JoobyTypes.REDIRECT_MECHANISM, JoobyTypes.STATUS_MECHANISM);
    }

    @Override
    protected String redirectName() {
        return "sendRedirect";
    }

    @Override
    protected int statusPosition() {
        return 0; // sendRedirect(StatusCode.SEE_OTHER, location)
    }

    @Override
    protected boolean isStatusSetter(String name) {
        return name.equals("setResponseCode");
    }

    /** Jooby MVC also reads the JAX-RS annotations: the receiver's declared type says it is Jooby's. */
    @Override
    protected boolean appliesTo(Framework handlerFramework) {
        return handlerFramework == JoobyTypes.FRAMEWORK || JoobyTypes.JAX_RS.equals(handlerFramework);
    }

    @Override
    protected Remedy passStatus(HandlerContext context, MethodCallExpr call) {
        // ctx.sendRedirect(url) becomes ctx.sendRedirect(StatusCode.SEE_OTHER, url)
        return new PrependStatusArgument(context, call, (status, edits) ->
                (edits == null ? "StatusCode" : edits.type(STATUS_CODE)) + "." + name(status));
    }

    @Override
    protected IntFunction<String> statusArgumentAdvice(String method) {
        return status -> method.equals("redirect") ? "pass StatusCode." + name(status) + " to ctx.sendRedirect"
                : "call ctx.setResponseCode(StatusCode." + name(status) + ")";
    }

    private static String name(int status) {
        return StatusConstants.owner(STATUS_CODE).map(owner -> owner.names().get(status))
                .orElse("valueOf(" + status + ")");
    }
}
