package dev.redirectlint.java;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a helper's parameters hold at one call: the strings each argument may be, as the caller worked them
 * out. So {@code joinString(REDIRECT_URL_PREFIX, path)} is known to
 * start with {@code redirect:} once the helper is seen to put its first argument first.
 */
final class Arguments {

    static final Arguments NONE = new Arguments(Map.of());

    /** The values of each argument a parameter takes: one for a plain parameter, one per element for varargs. */
    private final Map<Parameter, List<Lazy>> bound;

    private Arguments(Map<Parameter, List<Lazy>> bound) {
        this.bound = bound;
    }

    /**
     * The helper's parameters bound to the call's arguments, each evaluated by {@code inCaller} (once, when first
     * read).
     * A call whose arguments do not line up with the parameters (a varargs call passing an array) binds nothing.
     */
    static Arguments of(MethodCallExpr call, MethodDeclaration helper, Function<Expression, List<StringValue>> inCaller) {
        List<Parameter> parameters = helper.getParameters();
        List<Expression> arguments = call.getArguments();
        Map<Parameter, List<Lazy>> bound = new IdentityHashMap<>();
        for (int i = 0; i < parameters.size(); i++) {
            Parameter parameter = parameters.get(i);
            boolean rest = parameter.isVarArgs() && i == parameters.size() - 1;
            if (rest) {
                List<Lazy> elements = new ArrayList<>();
                for (int j = i; j < arguments.size(); j++) {
                    elements.add(new Lazy(arguments.get(j), inCaller));
                }
                bound.put(parameter, elements);
            } else if (i < arguments.size()) {
                bound.put(parameter, List.of(new Lazy(arguments.get(i), inCaller)));
            }
        }
        return bound.isEmpty() ? NONE : new Arguments(bound);
    }

    /** The values of a plain parameter, if the call passed it. */
    Optional<List<StringValue>> value(Parameter parameter) {
        List<Lazy> values = bound.get(parameter);
        if (values == null || parameter.isVarArgs()) {
            return Optional.empty();
        }
        return Optional.of(values.get(0).get());
    }

    /** The values of each element a varargs parameter received, in order, if the call passed them one by one. */
    Optional<List<List<StringValue>>> elements(Parameter parameter) {
        List<Lazy> values = bound.get(parameter);
        if (values == null || !parameter.isVarArgs()) {
            return Optional.empty();
        }
        return Optional.of(values.stream().map(Lazy::get).toList());
    }

    /** True if the argument passed for this varargs element is the {@code null} literal. */
    boolean isNullElement(Parameter parameter, int index) {
        List<Lazy> values = bound.get(parameter);
        return values != null && index < values.size() && values.get(index).argument().isNullLiteralExpr();
    }

    /** One argument, evaluated once, when first read. */
    private static final class Lazy {
        private final Expression argument;
        private final Function<Expression, List<StringValue>> evaluator;
        private List<StringValue> values;

        Lazy(Expression argument, Function<Expression, List<StringValue>> evaluator) {
            this.argument = argument;
            this.evaluator = evaluator;
        }

        Expression argument() {
            return argument;
        }

        List<StringValue> get() {
            if (values == null) {
                values = List.copyOf(evaluator.apply(argument));
            }
            return values;
        }
    }
}
