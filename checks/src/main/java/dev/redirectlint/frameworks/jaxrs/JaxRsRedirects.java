package dev.redirectlint.frameworks.jaxrs;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import dev.redirectlint.api.Fix;
import dev.redirectlint.fix.Edits;
import dev.redirectlint.fix.Statuses;
import dev.redirectlint.java.CallChains;
import dev.redirectlint.java.StatusValue;
import dev.redirectlint.java.TypeNames;
import dev.redirectlint.model.Remedy;
import dev.redirectlint.redirects.HandlerContext;
import dev.redirectlint.redirects.StatusCallRedirects;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * JAX-RS {@code Response.status(code)}, a builder's {@code .status(code)} on a chain that starts at
 * {@code Response}, and {@code Response.Status}/{@code int} statuses in general.
 */
public final class JaxRsRedirects extends StatusCallRedirects {

    public JaxRsRedirects() {
        super(JaxRsTypes.RESPONSE);
    }

    @Override
    protected Optional<Expression> statusArgument(MethodCallExpr call, TypeNames names) {
        if (!call.getNameAsString().equals("status") || call.getArguments().isEmpty()
                || call.getArguments().size() > 2) {
            return Optional.empty();
        }
        Expression root = CallChains.root(call);
        // Response.status(...) or a builder chain from it; the type may be written fully qualified.
        boolean jaxrs = (root instanceof NameExpr || root instanceof FieldAccessExpr)
                && names.isType(root.toString(), JaxRsTypes.RESPONSE_TYPE);
        return jaxrs ? Optional.of(call.getArgument(0)) : Optional.empty();
    }


    @Override
    protected IntFunction<String> advice(StatusValue value) {
        return status -> switch (status) {
            case 303 -> "use Response.seeOther(uri), or Response.status(Response.Status.SEE_OTHER)";
            case 307 -> "use Response.temporaryRedirect(uri), or Response.status(Response.Status.TEMPORARY_REDIRECT)";
            default -> "use Response.status(" + status + ")";
        };
    }

    /**
     * {@code Response.status(FOUND).location(uri)} becomes {@code Response.seeOther(uri)} or
     * {@code Response.temporaryRedirect(uri)}, which set both; any other chain gets the status replaced.
     */
    @Override
    protected Remedy remedy(HandlerContext context, Expression producer, StatusValue status, Expression argument) {
        Remedy replaceStatus = super.remedy(context, producer, status, argument);
        Optional<MethodCallExpr> location = producer instanceof MethodCallExpr call
                && call.getScope().filter(Expression::isNameExpr).isPresent()
                ? call.getParentNode().filter(MethodCallExpr.class::isInstance).map(MethodCallExpr.class::cast)
                        .filter(next -> next.getNameAsString().equals("location") && next.getArguments().size() == 1
                                && next.getScope().filter(scope -> scope == call).isPresent())
                : Optional.empty();
        if (location.isEmpty()) {
            return replaceStatus;
        }
        MethodCallExpr statusCall = (MethodCallExpr) producer;
        return new Remedy() {
            @Override
            public String advice(int code) {
                return replaceStatus.advice(code);
            }

            @Override
            public Optional<Fix> fix(int code) {
                String factory = code == 303 ? "seeOther" : code == 307 ? "temporaryRedirect" : null;
                if (factory == null) {
                    return replaceStatus.fix(code);
                }
                Edits edits = context.edits(location.get());
                String replacement = context.textOf(statusCall.getScope().get()) + "." + factory + "("
                        + context.textOf(location.get().getArgument(0)) + ")";
                edits.replace(location.get(), replacement);
                return Optional.of(new Fix("Replace " + context.textOf(location.get()) + " with " + replacement
                        + " (" + Statuses.describe(code) + ")", code, edits.build(), edits.file()));
            }
        };
    }

    /** {@code throw new RedirectionException(Status.FOUND, uri)}: the status goes with a Location. */
    public static final class Exceptions extends StatusCallRedirects {

        public Exceptions() {
            super(JaxRsTypes.REDIRECTION_EXCEPTION);
        }


        @Override
        protected Optional<Expression> statusArgument(ObjectCreationExpr creation, TypeNames names) {
            int arguments = creation.getArguments().size();
            if (arguments < 2 || !names.isType(creation.getType().getNameWithScope(),
                    JaxRsTypes.REDIRECTION_EXCEPTION_TYPE)) {
                return Optional.empty();
            }
            return Optional.of(creation.getArgument(arguments == 2 ? 0 : 1));
        }

        @Override
        protected IntFunction<String> advice(StatusValue value) {
            return status -> "throw new RedirectionException(" + (Statuses.enumName(status) != null && status != 308
                    ? "Response.Status." + Statuses.enumName(status) : String.valueOf(status)) + ", uri)";
        }
    }
}
