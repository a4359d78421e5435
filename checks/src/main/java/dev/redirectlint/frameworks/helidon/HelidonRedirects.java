package dev.redirectlint.frameworks.helidon;

import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.redirectlint.java.StatusConstants;
import dev.redirectlint.model.Remedy;
import dev.redirectlint.redirects.CodeRouteRedirects;
import dev.redirectlint.redirects.HandlerContext;
import java.util.function.IntFunction;

/**
 * Helidon's {@code res.status(Status.FOUND_302)} (or {@code status(302)}) on the route's
 * {@code ServerResponse}, perhaps after {@code header(...)} calls. Helidon has no redirect helper: the
 * handler sets the status and the Location header itself.
 */
public final class HelidonRedirects extends CodeRouteRedirects {

    private static final String HELIDON_STATUS = "io.helidon.http.Status";

    public HelidonRedirects() {
        super(HelidonTypes.FRAMEWORK, 1, HelidonTypes.RESPONSE, null, HelidonTypes.STATUS_MECHANISM);
    }

    /** Never asked: a Helidon ServerResponse has no {@code redirect(location)}. */
    @Override
    protected Remedy passStatus(HandlerContext context, MethodCallExpr call) {
        throw new UnsupportedOperationException("Helidon has no redirect(location)");
    }

    @Override
    protected IntFunction<String> statusArgumentAdvice(String method) {
        return status -> "call res.status(Status." + StatusConstants.owner(HELIDON_STATUS)
                .map(owner -> owner.names().get(status)).orElse(String.valueOf(status)) + ")";
    }
}
