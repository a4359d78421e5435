package dev.redirectlint.redirects;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import dev.redirectlint.api.Fix;
import dev.redirectlint.fix.Edits;
import dev.redirectlint.fix.Statuses;
import dev.redirectlint.java.Definitions;
import dev.redirectlint.java.Helpers.Reached;
import dev.redirectlint.java.KnownTypes;
import dev.redirectlint.java.StatusValue;
import dev.redirectlint.java.TypeNames;
import dev.redirectlint.model.Framework;
import dev.redirectlint.model.Mechanism;
import dev.redirectlint.model.Redirect;
import dev.redirectlint.model.Remedy;
import java.util.List;
import java.util.Optional;

/**
 * Javalin's {@code ctx.redirect(location)}, which sends 302 Found, {@code ctx.redirect(location, status)},
 * and {@code ctx.status(...)} with a redirect status, on the route's {@code Context}.
 */
public final class JavalinRedirects implements RedirectDetector {

    private static final String JAVALIN_HTTP_STATUS = "io.javalin.http.HttpStatus";

    @Override
    public void detect(HandlerContext context, List<Redirect> found) {
        if (context.handler().framework() != Framework.JAVALIN) {
            return;
        }
        for (Reached reached : context.reachable()) {
            TypeNames names = context.names(reached);
            for (MethodCallExpr call : reached.code().findAll(MethodCallExpr.class)) {
                String name = call.getNameAsString();
                boolean redirect = name.equals("redirect") && call.getArguments().size() <= 2;
                boolean status = name.equals("status") && call.getArguments().size() == 1;
                if ((redirect || status) && !call.getArguments().isEmpty() && isContext(call, names, context)) {
                    (redirect ? redirect(call, reached, context) : status(call, reached, context)).ifPresent(found::add);
                }
            }
        }
    }

    private static Optional<Redirect> redirect(MethodCallExpr call, Reached reached, HandlerContext context) {
        Node location = reached.entry().map(Node.class::cast).orElse(call);
        if (call.getArguments().size() == 1) {
            return Optional.of(new Redirect(Mechanism.JAVALIN_REDIRECT,
                    context.describe(reached, Mechanism.JAVALIN_REDIRECT.description()), 302, location,
                    context.helperSite(reached, call), call.toString(),
                    context.remedyAt(reached, new PassStatus(context, call))));
        }
        Expression argument = call.getArgument(1);
        return context.statuses(reached).evaluate(argument).filter(StatusValue::isRedirect).map(status -> new Redirect(
                Mechanism.JAVALIN_REDIRECT,
                context.describe(reached, Mechanism.JAVALIN_REDIRECT.description() + " with status " + status.code()),
                status.code(), location, context.helperSite(reached, call), call.toString(),
                context.remedyAt(reached, new StatusArgumentRemedy(context, status, argument,
                        s -> "pass HttpStatus." + Statuses.enumName(s) + " to ctx.redirect"))));
    }

    private static Optional<Redirect> status(MethodCallExpr call, Reached reached, HandlerContext context) {
        Expression argument = call.getArgument(0);
        return context.statuses(reached).evaluate(argument).filter(StatusValue::isRedirect).map(status -> new Redirect(
                Mechanism.JAVALIN_STATUS,
                context.describe(reached, Mechanism.JAVALIN_STATUS.description() + "(" + argument + ")"),
                status.code(), reached.entry().map(Node.class::cast).orElse(call), context.helperSite(reached, call),
                call.toString(), context.remedyAt(reached, new StatusArgumentRemedy(context, status, argument,
                        s -> "call ctx.status(HttpStatus." + Statuses.enumName(s) + ")"))));
    }

    /**
     * True if the call's receiver is a Javalin {@code Context}: declared as one, or the untyped parameter
     * of the route's own lambda ({@code ctx -> ctx.redirect("/x")}).
     */
    private static boolean isContext(MethodCallExpr call, TypeNames names, HandlerContext context) {
        if (!(call.getScope().orElse(null) instanceof NameExpr receiver)) {
            return false;
        }
        Optional<LambdaExpr> declaring = lambdaDeclaring(receiver);
        if (declaring.isPresent()) {
            Parameter parameter = declaring.get().getParameters().stream()
                    .filter(p -> p.getNameAsString().equals(receiver.getNameAsString())).findFirst().orElseThrow();
            return parameter.getType().isUnknownType()
                    ? declaring.get() == context.handler().code()
                    : names.isType(parameter.getType(), KnownTypes.JAVALIN_CONTEXT);
        }
        return Definitions.declaredType(receiver, names)
                .filter(type -> names.isType(type, KnownTypes.JAVALIN_CONTEXT)).isPresent();
    }

    /** The nearest lambda around the name that declares a parameter of that name. */
    private static Optional<LambdaExpr> lambdaDeclaring(NameExpr name) {
        Node current = name.getParentNode().orElse(null);
        while (current != null) {
            if (current instanceof LambdaExpr lambda && lambda.getParameters().stream()
                    .anyMatch(p -> p.getNameAsString().equals(name.getNameAsString()))) {
                return Optional.of(lambda);
            }
            current = current.getParentNode().orElse(null);
        }
        return Optional.empty();
    }

    /**
     * {@code ctx.redirect(url)} becomes {@code ctx.redirect(url, HttpStatus.SEE_OTHER)}. Javalin 5 made the
     * status an {@code HttpStatus} (3 and 4 took an {@code int}), so the edit is offered only where the
     * file already uses Javalin's {@code HttpStatus}, which shows it is Javalin 5 or later.
     */
    private static final class PassStatus implements Remedy {
        private final HandlerContext context;
        private final MethodCallExpr call;

        PassStatus(HandlerContext context, MethodCallExpr call) {
            this.context = context;
            this.call = call;
        }

        @Override
        public String advice(int status) {
            return "call " + receiver() + ".redirect(url, HttpStatus." + Statuses.enumName(status) + ") (Javalin 5+; "
                    + receiver() + ".redirect(url, " + status + ") on Javalin 3 and 4)";
        }

        @Override
        public Optional<Fix> fix(int status) {
            if (!context.names().imports(JAVALIN_HTTP_STATUS)) {
                return Optional.empty();
            }
            Edits edits = context.edits();
            String constant = edits.type(JAVALIN_HTTP_STATUS) + "." + Statuses.enumName(status);
            edits.insertAt(context.source().end(call.getArgument(0)), ", " + constant);
            return Optional.of(new Fix("Pass " + constant + " to redirect (" + Statuses.describe(status) + ")",
                    status, edits.build()));
        }

        private String receiver() {
            return call.getScope().map(Node::toString).orElse("ctx");
        }
    }
}
