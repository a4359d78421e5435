package dev.redirectlint.redirects;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import dev.redirectlint.fix.Statuses;
import dev.redirectlint.java.KnownTypes;
import dev.redirectlint.java.StatusValue;
import dev.redirectlint.java.TypeNames;
import dev.redirectlint.model.Mechanism;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * RESTEasy Reactive's (Quarkus) {@code RestResponse.ResponseBuilder.create(RestResponse.Status.FOUND)},
 * in the JAX-RS resources it serves; its {@code seeOther(uri)} and {@code temporaryRedirect(uri)}
 * factories send 303 and 307.
 */
public final class QuarkusRedirects extends StatusCallRedirects {

    public QuarkusRedirects() {
        super(Mechanism.QUARKUS_RESPONSE);
    }

    @Override
    Optional<Expression> statusArgument(MethodCallExpr call, TypeNames names) {
        boolean create = call.getNameAsString().equals("create") && !call.getArguments().isEmpty()
                && call.getScope().filter(scope -> names.isType(scope.toString(), KnownTypes.QUARKUS_RESPONSE_BUILDER))
                        .isPresent();
        return create ? Optional.of(call.getArgument(0)) : Optional.empty();
    }

    @Override
    Optional<Expression> statusArgument(ObjectCreationExpr creation, TypeNames names) {
        return Optional.empty();
    }

    @Override
    IntFunction<String> advice(StatusValue value) {
        return status -> switch (status) {
            case 303 -> "use RestResponse.ResponseBuilder.seeOther(uri), or create(RestResponse.Status.SEE_OTHER)";
            case 307 -> "use RestResponse.ResponseBuilder.temporaryRedirect(uri), or create(RestResponse.Status"
                    + ".TEMPORARY_REDIRECT)";
            default -> "use RestResponse.ResponseBuilder.create(RestResponse.Status." + Statuses.enumName(status) + ")";
        };
    }
}
