package dev.redirectlint.redirects;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import dev.redirectlint.fix.Statuses;
import dev.redirectlint.java.KnownTypes;
import dev.redirectlint.java.StatusValue;
import dev.redirectlint.model.Mechanism;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * JAX-RS {@code Response.status(code)}, a builder's {@code .status(code)} on a chain that starts at
 * {@code Response}, and {@code Response.Status}/{@code int} statuses in general.
 */
public final class JaxRsRedirects extends StatusCallRedirects {

    public JaxRsRedirects() {
        super(Mechanism.JAXRS_RESPONSE);
    }

    @Override
    Optional<Expression> statusArgument(MethodCallExpr call, HandlerContext context) {
        if (!call.getNameAsString().equals("status") || call.getArguments().isEmpty()
                || call.getArguments().size() > 2) {
            return Optional.empty();
        }
        Expression root = call;
        while (root instanceof MethodCallExpr chained && chained.getScope().isPresent()) {
            root = chained.getScope().get();
        }
        boolean jaxrs = root instanceof NameExpr name
                && context.names().isType(name.getNameAsString(), KnownTypes.JAXRS_RESPONSE);
        return jaxrs ? Optional.of(call.getArgument(0)) : Optional.empty();
    }

    @Override
    Optional<Expression> statusArgument(ObjectCreationExpr creation, HandlerContext context) {
        return Optional.empty();
    }

    @Override
    IntFunction<String> advice(StatusValue value) {
        return status -> switch (status) {
            case 303 -> "use Response.seeOther(uri), or Response.status(Response.Status.SEE_OTHER)";
            case 307 -> "use Response.temporaryRedirect(uri), or Response.status(Response.Status.TEMPORARY_REDIRECT)";
            default -> "use Response.status(" + status + ")";
        };
    }

    /** {@code throw new RedirectionException(Status.FOUND, uri)}: the status goes with a Location. */
    public static final class Exceptions extends StatusCallRedirects {

        public Exceptions() {
            super(Mechanism.REDIRECTION_EXCEPTION);
        }

        @Override
        Optional<Expression> statusArgument(MethodCallExpr call, HandlerContext context) {
            return Optional.empty();
        }

        @Override
        Optional<Expression> statusArgument(ObjectCreationExpr creation, HandlerContext context) {
            int arguments = creation.getArguments().size();
            if (arguments < 2 || !context.names().isType(creation.getType().getNameWithScope(),
                    KnownTypes.JAXRS_REDIRECTION_EXCEPTION)) {
                return Optional.empty();
            }
            return Optional.of(creation.getArgument(arguments == 2 ? 0 : 1));
        }

        @Override
        IntFunction<String> advice(StatusValue value) {
            return status -> "throw new RedirectionException(" + (Statuses.enumName(status) != null && status != 308
                    ? "Response.Status." + Statuses.enumName(status) : String.valueOf(status)) + ", uri)";
        }
    }
}
