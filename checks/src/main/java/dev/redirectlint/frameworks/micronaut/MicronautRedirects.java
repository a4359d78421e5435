package dev.redirectlint.frameworks.micronaut;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.redirectlint.api.Fix;
import dev.redirectlint.fix.Edits;
import dev.redirectlint.fix.Statuses;
import dev.redirectlint.java.Helpers.Reached;
import dev.redirectlint.java.StatusValue;
import dev.redirectlint.java.TreeFacts;
import dev.redirectlint.java.TypeNames;
import dev.redirectlint.model.Redirect;
import dev.redirectlint.model.Remedy;
import dev.redirectlint.redirects.HandlerContext;
import dev.redirectlint.redirects.RedirectDetector;
import dev.redirectlint.redirects.StatusCallRedirects;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * Micronaut's {@code HttpResponse.redirect(uri)}, which sends 301 Moved Permanently (not 302), and
 * {@code HttpResponse.status(HttpStatus.FOUND)}. Its own factories name the other statuses:
 * {@code seeOther}, {@code temporaryRedirect}, {@code permanentRedirect}.
 */
final class MicronautRedirects implements RedirectDetector {

    private static final Map<Integer, String> FACTORIES =
            Map.of(303, "seeOther", 307, "temporaryRedirect", 308, "permanentRedirect");

    @Override
    public void detect(HandlerContext context, List<Redirect> found) {
        for (Reached reached : context.reachable()) {
            TypeNames names = context.names(reached);
            for (MethodCallExpr call : TreeFacts.calls(reached.code())) {
                if (call.getNameAsString().equals("redirect") && call.getArguments().size() == 1
                        && isHttpResponse(call, names)) {
                    found.add(context.redirectAt(reached, call, MicronautTypes.REDIRECT,
                            MicronautTypes.REDIRECT.description(), 301, call.toString(),
                            new RenameFactory(context, call)));
                }
            }
        }
    }

    private static boolean isHttpResponse(MethodCallExpr call, TypeNames names) {
        return call.getScope().filter(scope -> names.isType(scope.toString(), MicronautTypes.HTTP_RESPONSE))
                .isPresent();
    }

    /** {@code HttpResponse.redirect(uri)} becomes {@code HttpResponse.seeOther(uri)} and the like. */
    private static final class RenameFactory implements Remedy {
        private final HandlerContext context;
        private final MethodCallExpr call;

        RenameFactory(HandlerContext context, MethodCallExpr call) {
            this.context = context;
            this.call = call;
        }

        @Override
        public String advice(int status) {
            return "use " + context.textOf(call.getScope().orElseThrow()) + "." + FACTORIES.get(status) + "(uri)";
        }

        @Override
        public Optional<Fix> fix(int status) {
            String factory = FACTORIES.get(status);
            if (factory == null) {
                return Optional.empty();
            }
            Edits edits = context.edits(call);
            edits.replace(call.getName(), factory);
            return Optional.of(new Fix("Use " + factory + " in place of redirect (" + Statuses.describe(status) + ")",
                    status, edits.build(), edits.file()));
        }
    }

    /** {@code HttpResponse.status(HttpStatus.FOUND)}, and a status set on a builder started from it. */
    static final class StatusCalls extends StatusCallRedirects {

        StatusCalls() {
            super(MicronautTypes.RESPONSE);
        }

        @Override
        protected Optional<Expression> statusArgument(MethodCallExpr call, TypeNames names) {
            return factoryArgument(call, names, "status", 2, MicronautTypes.HTTP_RESPONSE);
        }

        @Override
        protected IntFunction<String> advice(StatusValue value) {
            return status -> "use HttpResponse." + FACTORIES.get(status) + "(uri), or HttpResponse.status(HttpStatus."
                    + Statuses.enumName(status) + ")";
        }
    }
}
