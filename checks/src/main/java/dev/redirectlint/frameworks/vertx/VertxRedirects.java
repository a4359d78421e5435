package dev.redirectlint.frameworks.vertx;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import dev.redirectlint.api.Fix;
import dev.redirectlint.fix.Edits;
import dev.redirectlint.fix.Statuses;
import dev.redirectlint.java.Definitions;
import dev.redirectlint.java.Helpers.Reached;
import dev.redirectlint.java.TypeNames;
import dev.redirectlint.model.Redirect;
import dev.redirectlint.model.Remedy;
import dev.redirectlint.redirects.CodeRouteRedirects;
import dev.redirectlint.redirects.HandlerContext;
import dev.redirectlint.redirects.RedirectDetector;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Vert.x Web's {@code ctx.redirect(url)} (4.0+), which sends 302 Found unless the response already has a
 * 3xx status, and {@code setStatusCode(...)} with a redirect status on the route's response
 * ({@code ctx.response().setStatusCode(302)}, or a variable holding {@code ctx.response()}).
 */
public final class VertxRedirects implements RedirectDetector {

    /** HttpServerResponse methods that return the response itself. */
    private static final Set<String> FLUENT = Set.of(
            "putHeader", "setStatusCode", "setStatusMessage", "setChunked", "putTrailer", "addCookie");

    @Override
    public void detect(HandlerContext context, List<Redirect> found) {
        if (context.handler().framework() != VertxTypes.FRAMEWORK) {
            return;
        }
        for (Reached reached : context.reachable()) {
            TypeNames names = context.names(reached);
            List<MethodCallExpr> calls = reached.code().findAll(MethodCallExpr.class);
            boolean setsRedirectStatus = false;
            for (MethodCallExpr call : calls) {
                if (call.getNameAsString().equals("setStatusCode") && call.getArguments().size() == 1
                        && onResponse(call, names, context)) {
                    Optional<Redirect> status = context.statusSetAt(reached, call, call.getArgument(0),
                            VertxTypes.STATUS_MECHANISM, code -> "call setStatusCode(" + code + ")");
                    setsRedirectStatus |= status.isPresent();
                    status.ifPresent(found::add);
                }
            }
            if (setsRedirectStatus) {
                continue; // redirect(url) keeps a 3xx status set before it: that status is the one reported
            }
            for (MethodCallExpr call : calls) {
                if (call.getNameAsString().equals("redirect") && call.getArguments().size() == 1
                        && call.getScope().orElse(null) instanceof NameExpr receiver
                        && CodeRouteRedirects.isRouteObject(receiver, 0, VertxTypes.ROUTING_CONTEXT, names, context)) {
                    found.add(context.redirectAt(reached, call, VertxTypes.REDIRECT_MECHANISM,
                            VertxTypes.REDIRECT_MECHANISM.description(), 302, call.toString(),
                            new SetStatusFirst(context, call, receiver)));
                }
            }
        }
    }

    /**
     * True if the receiver is the route's response: {@code ctx.response()}, perhaps through fluent calls
     * ({@code ctx.response().putHeader("Location", "/").setStatusCode(302)}), or a variable declared as one.
     */
    private static boolean onResponse(MethodCallExpr call, TypeNames names, HandlerContext context) {
        Expression receiver = call.getScope().orElse(null);
        while (receiver instanceof MethodCallExpr fluent && FLUENT.contains(fluent.getNameAsString())) {
            receiver = fluent.getScope().orElse(null);
        }
        if (receiver instanceof MethodCallExpr response && response.getNameAsString().equals("response")
                && response.getScope().orElse(null) instanceof NameExpr routingContext) {
            return CodeRouteRedirects.isRouteObject(routingContext, 0, VertxTypes.ROUTING_CONTEXT, names, context);
        }
        return receiver instanceof NameExpr name && Definitions.declaredType(name, names)
                .filter(type -> names.isType(type, VertxTypes.HTTP_SERVER_RESPONSE)).isPresent();
    }

    /**
     * Before {@code ctx.redirect(url);} adds {@code ctx.response().setStatusCode(303);}: Vert.x keeps a 3xx
     * status set before the redirect. Offered where the redirect is a statement of its own in a block.
     */
    private static final class SetStatusFirst implements Remedy {
        private final HandlerContext context;
        private final MethodCallExpr call;
        private final NameExpr receiver;

        SetStatusFirst(HandlerContext context, MethodCallExpr call, NameExpr receiver) {
            this.context = context;
            this.call = call;
            this.receiver = receiver;
        }

        @Override
        public String advice(int status) {
            return "call " + receiver + ".response().setStatusCode(" + status + ") before " + receiver + ".redirect(url)";
        }

        @Override
        public Optional<Fix> fix(int status) {
            Optional<ExpressionStmt> statement = call.getParentNode()
                    .filter(ExpressionStmt.class::isInstance).map(ExpressionStmt.class::cast)
                    .filter(stmt -> stmt.getParentNode().filter(BlockStmt.class::isInstance).isPresent());
            String line = receiver + ".response().setStatusCode(" + status + ");";
            if (statement.isEmpty()) {
                return inExpressionLambda(status, line);
            }
            Edits edits = context.edits(call);
            int start = context.source(call).start(statement.get());
            edits.insertAt(start, line + context.source(call).lineSeparator() + context.source(call).indentationAt(start));
            return Optional.of(new Fix("Set the status first: " + line + " (" + Statuses.describe(status) + ")", status,
                    edits.build(), edits.file()));
        }

        /**
         * {@code ctx -> ctx.redirect(url)} becomes a block lambda that sets the status first. A route handler
         * returns nothing; {@code respond(...)} takes a function whose value is the response, so it keeps it.
         */
        private Optional<Fix> inExpressionLambda(int status, String line) {
            Optional<LambdaExpr> lambda = call.getParentNode().filter(ExpressionStmt.class::isInstance)
                    .flatMap(Node::getParentNode).filter(LambdaExpr.class::isInstance).map(LambdaExpr.class::cast);
            Optional<String> takenBy = lambda.flatMap(Node::getParentNode).filter(MethodCallExpr.class::isInstance)
                    .map(parent -> ((MethodCallExpr) parent).getNameAsString());
            if (lambda.isEmpty() || takenBy.isEmpty()) {
                return Optional.empty();
            }
            String redirect = context.textOf(call);
            String block;
            if (VOID_HANDLERS.contains(takenBy.get())) {
                block = "{ " + line + " " + redirect + "; }";
            } else if (takenBy.get().equals("respond")) {
                block = "{ " + line + " return " + redirect + "; }";
            } else {
                return Optional.empty();
            }
            Edits edits = context.edits(call);
            edits.replace(lambda.get().getBody(), block);
            return Optional.of(new Fix("Set the status first: " + line + " (" + Statuses.describe(status) + ")", status,
                    edits.build(), edits.file()));
        }
    }

    /** Route methods whose handler argument returns nothing; the last two, an OpenAPI route's (Vert.x 4.5 and 5). */
    private static final Set<String> VOID_HANDLERS = Set.of("handler", "blockingHandler",
            "failureHandler", "addHandler", "addFailureHandler");
}
