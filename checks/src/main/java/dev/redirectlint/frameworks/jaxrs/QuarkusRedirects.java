package dev.redirectlint.frameworks.jaxrs;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.redirectlint.fix.Statuses;
import dev.redirectlint.java.StatusValue;
import dev.redirectlint.java.TypeNames;
import dev.redirectlint.redirects.StatusCallRedirects;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * RESTEasy Reactive's (Quarkus) {@code RestResponse.ResponseBuilder.create(RestResponse.Status.FOUND)},
 * in the JAX-RS resources it serves; its {@code seeOther(uri)} and {@code temporaryRedirect(uri)}
 * factories send 303 and 307.
 */
public final class QuarkusRedirects extends StatusCallRedirects {

    public QuarkusRedirects() {
        super(JaxRsTypes.QUARKUS_RESPONSE);
    }

    @Override
    protected Optional<Expression> statusArgument(MethodCallExpr call, TypeNames names) {
        return factoryArgument(call, names, "create", 2, JaxRsTypes.QUARKUS_RESPONSE_BUILDER);
    }


    @Override
    protected IntFunction<String> advice(StatusValue value) {
        return status -> switch (status) {
            case 303 -> "use RestResponse.ResponseBuilder.seeOther(uri), or create(RestResponse.Status.SEE_OTHER)";
            case 307 -> "use RestResponse.ResponseBuilder.temporaryRedirect(uri), or create(RestResponse.Status"
                    + ".TEMPORARY_REDIRECT)";
            default -> "use RestResponse.ResponseBuilder.create(RestResponse.Status." + Statuses.enumName(status) + ")";
        };
    }
}
