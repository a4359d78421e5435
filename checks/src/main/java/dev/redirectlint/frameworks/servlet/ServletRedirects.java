package dev.redirectlint.frameworks.servlet;

import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.type.Type;
import dev.redirectlint.java.Definitions;
import dev.redirectlint.java.Helpers.Reached;
import dev.redirectlint.java.TreeFacts;
import dev.redirectlint.java.TypeNames;
import dev.redirectlint.model.Redirect;
import dev.redirectlint.redirects.HandlerContext;
import dev.redirectlint.redirects.RedirectDetector;
import dev.redirectlint.redirects.StatusArgumentRemedy;
import java.util.List;
import java.util.Optional;

/**
 * {@code HttpServletResponse.sendRedirect(url)} (302), its Servlet 6.1 overloads with a status, and
 * {@code setStatus(code)}, on a receiver declared as an {@code HttpServletResponse} (javax or jakarta),
 * in any kind of handler.
 */
final class ServletRedirects implements RedirectDetector {

    @Override
    public void detect(HandlerContext context, List<Redirect> found) {
        for (Reached reached : context.reachable()) {
            for (MethodCallExpr call : TreeFacts.calls(reached.code())) {
                String name = call.getNameAsString();
                if (!(name.equals("sendRedirect") || name.equals("setStatus"))
                        || call.getArguments().isEmpty() || responseType(call, context.names(reached)).isEmpty()) {
                    continue;
                }
                Optional<Redirect> redirect = name.equals("sendRedirect")
                        ? sendRedirect(call, reached, context)
                        : setStatus(call, reached, context);
                redirect.ifPresent(found::add);
            }
        }
    }

    private static Optional<Redirect> sendRedirect(MethodCallExpr call, Reached reached, HandlerContext context) {
        boolean plain = call.getArguments().size() == 1
                || (call.getArguments().size() == 2 && call.getArgument(1) instanceof BooleanLiteralExpr);
        if (plain) {
            return Optional.of(context.redirectAt(reached, call, ServletTypes.SEND_REDIRECT,
                    ServletTypes.SEND_REDIRECT.description(), 302, "sendRedirect(" + call.getArgument(0) + ")",
                    new SendRedirectRemedy(context, call, responseType(call, context.names(reached)))));
        }
        Expression statusArgument = call.getArgument(1);
        return context.statuses(reached).evaluate(statusArgument).map(status -> context.redirectAt(reached, call,
                ServletTypes.SEND_REDIRECT, "HttpServletResponse.sendRedirect with status " + status.code(),
                status.code(), call.toString(), new StatusArgumentRemedy(context, status, statusArgument,
                        s -> "pass " + ServletTypes.constant(s) + " to sendRedirect")));
    }

    private static Optional<Redirect> setStatus(MethodCallExpr call, Reached reached, HandlerContext context) {
        return context.statusSetAt(reached, call, call.getArgument(0), ServletTypes.SET_STATUS,
                s -> "call setStatus(" + ServletTypes.constant(s) + ")");
    }

    /** The servlet response type the receiver is declared as, such as {@code jakarta.servlet.http.HttpServletResponse}. */
    static Optional<String> responseType(MethodCallExpr call, TypeNames names) {
        Optional<Expression> scope = call.getScope();
        if (scope.isEmpty()) {
            return Optional.empty();
        }
        Expression receiver = scope.get();
        while (receiver instanceof EnclosedExpr enclosed) {
            receiver = enclosed.getInner();
        }
        Optional<Type> type = Optional.empty();
        if (receiver instanceof CastExpr cast) {
            type = Optional.of(cast.getType());
        } else if (receiver instanceof NameExpr name) {
            type = Definitions.declaredType(name, names);
        } else if (receiver instanceof FieldAccessExpr access && access.getScope().isThisExpr()) {
            type = Definitions.enclosingField(access, access.getNameAsString())
                    .map(def -> ((Definitions.Field) def).variable().getType());
        }
        return type.flatMap(names::resolveType).filter(ServletTypes.HTTP_SERVLET_RESPONSE::contains);
    }
}
