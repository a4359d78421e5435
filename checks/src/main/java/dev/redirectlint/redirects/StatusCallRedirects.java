package dev.redirectlint.redirects;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import dev.redirectlint.java.Helpers.Reached;
import dev.redirectlint.java.StatusValue;
import dev.redirectlint.java.TreeFacts;
import dev.redirectlint.java.TypeNames;
import dev.redirectlint.model.Mechanism;
import dev.redirectlint.model.Redirect;
import dev.redirectlint.model.Remedy;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Shared shape of the APIs that take a status as an argument (a factory call or a constructor):
 * subclasses say which calls count and which argument is the status.
 */
public abstract class StatusCallRedirects implements RedirectDetector {

    private final Mechanism mechanism;

    protected StatusCallRedirects(Mechanism mechanism) {
        this.mechanism = mechanism;
    }

    /**
     * The status argument if the call is one of this API's status calls, read with the names of its file.
     * Each API overrides this or the constructor variant, whichever shape it has.
     */
    protected Optional<Expression> statusArgument(MethodCallExpr call, TypeNames names) {
        return Optional.empty();
    }

    /** The status argument if the object creation is one of this API's. */
    protected Optional<Expression> statusArgument(ObjectCreationExpr creation, TypeNames names) {
        return Optional.empty();
    }

    /**
     * The first argument of a static status factory such as {@code ResponseEntity.status(code)}: a call
     * named {@code factory}, with at most {@code maxArguments} arguments, on one of {@code types}.
     */
    protected static Optional<Expression> factoryArgument(MethodCallExpr call, TypeNames names, String factory,
            int maxArguments, Set<String> types) {
        boolean matches = call.getNameAsString().equals(factory) && !call.getArguments().isEmpty()
                && call.getArguments().size() <= maxArguments
                && call.getScope().filter(scope -> names.isType(scope.toString(), types)).isPresent();
        return matches ? Optional.of(call.getArgument(0)) : Optional.empty();
    }

    /** The advice for another status. */
    protected abstract IntFunction<String> advice(StatusValue value);

    @Override
    public void detect(HandlerContext context, List<Redirect> found) {
        for (Reached reached : context.reachable()) {
            TypeNames names = context.names(reached);
            for (Expression node : TreeFacts.callsAndCreations(reached.code())) {
                Optional<Expression> argument = node instanceof MethodCallExpr call ? statusArgument(call, names)
                        : statusArgument((ObjectCreationExpr) node, names);
                argument.ifPresent(arg -> report(context, reached, node, arg, found));
            }
        }
    }

    private void report(HandlerContext context, Reached reached, Expression producer, Expression argument,
            List<Redirect> found) {
        Optional<StatusValue> status = context.statuses(reached).evaluate(argument);
        if (status.isEmpty() || !status.get().isRedirect()) {
            return;
        }
        found.add(context.redirectAt(reached, producer, mechanism, mechanism.description() + " (" + argument + ")",
                status.get().code(), producer.toString(), remedy(context, producer, status.get(), argument)));
    }

    /** How to fix it: by default, write the other status in place of this one. */
    protected Remedy remedy(HandlerContext context, Expression producer, StatusValue status, Expression argument) {
        return new StatusArgumentRemedy(context, status, argument, advice(status));
    }
}
