package dev.redirectlint.frameworks.ratpack;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import dev.redirectlint.frameworks.CodeRouteHandlers;
import dev.redirectlint.frameworks.RouteRegistrations;
import dev.redirectlint.java.CallChains;
import dev.redirectlint.java.Definitions;
import dev.redirectlint.java.Lambdas;
import dev.redirectlint.java.TypeNames;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Ratpack handler chains: {@code chain.post(path, ctx -> ...)} (and {@code get}, {@code put},
 * {@code patch}, {@code delete}, {@code options}; the path may be left out), and {@code all(...)} and
 * {@code path(...)}, which take every method, on a {@code Chain}: the parameter of
 * {@code handlers(chain -> ...)} or {@code prefix(path, chain -> ...)}, or a variable declared as one.
 * Handlers take a {@code Context}. A handler that splits by method itself ({@code ctx.byMethod(...)}) is
 * left out: its redirects are each for one method, which the route does not say.
 */
public final class RatpackHandlers extends CodeRouteHandlers {

    public RatpackHandlers() {
        super(RatpackTypes.FRAMEWORK, new Ratpack());
    }

    private static final class Ratpack implements RouteRegistrations.Dialect {

        private static final Set<String> VERBS = Set.of("get", "post", "put", "patch", "delete", "options");
        private static final Set<String> EVERY_METHOD = Set.of("all", "path");
        /** The methods that hand a chain to a lambda: {@code handlers(chain -> ...)}, {@code prefix(path, chain -> ...)}. */
        private static final Set<String> CHAIN_TAKERS = Set.of("handlers", "prefix", "insert");

        @Override
        public String importPrefix() {
            return "ratpack.";
        }

        @Override
        public Set<String> routerTypes() {
            return RatpackTypes.CHAIN;
        }

        @Override
        public Optional<String> verb(MethodCallExpr call) {
            String name = call.getNameAsString();
            int arguments = call.getArguments().size();
            if (inByMethod(call)) {
                // ctx.byMethod(m -> m.get(() -> ...).post(() -> ...)): each block answers one method
                return arguments == 1 && VERBS.contains(name)
                        ? Optional.of(name.toUpperCase(Locale.ROOT)) : Optional.empty();
            }
            if (arguments < 1 || arguments > 2) {
                return Optional.empty();
            }
            if (VERBS.contains(name)) {
                return Optional.of(name.toUpperCase(Locale.ROOT));
            }
            if (EVERY_METHOD.contains(name) && !splitsByMethod(call.getArgument(arguments - 1))) {
                return Optional.of(RouteRegistrations.EVERY_METHOD);
            }
            return Optional.empty();
        }

        /** A call on the spec a {@code byMethod(m -> ...)} lambda receives. */
        private static boolean inByMethod(MethodCallExpr call) {
            return call.getScope().map(CallChains::root).filter(NameExpr.class::isInstance)
                    .map(root -> Lambdas.isOnlyParameterOfLambdaGivenTo((NameExpr) root, Set.of("byMethod"))).orElse(false);
        }

        /** A block of {@code byMethod} takes nothing: it uses the context of the handler around it. */
        @Override
        public int handlerArity(MethodCallExpr registration) {
            return inByMethod(registration) ? 0 : handlerArity();
        }

        private static boolean splitsByMethod(Expression handler) {
            return handler.findAll(MethodCallExpr.class).stream()
                    .anyMatch(call -> call.getNameAsString().equals("byMethod"));
        }

        @Override
        public boolean isRouting(MethodCallExpr call, TypeNames names) {
            Optional<Expression> scope = call.getScope();
            if (scope.isEmpty()) {
                return false;
            }
            Expression receiver = CallChains.root(scope.get()); // chain.get(...).post(...)
            if (!(receiver instanceof NameExpr name)) {
                return false;
            }
            if (inByMethod(call)) {
                return true;
            }
            return Definitions.declaredType(name, names)
                    .filter(type -> !type.isVarType() && names.isType(type, RatpackTypes.CHAIN)).isPresent()
                    || Lambdas.isUntypedOnlyParameter(name) && Lambdas.isOnlyParameterOfLambdaGivenTo(name, CHAIN_TAKERS);
        }

        @Override
        public List<Set<String>> handlerParameters() {
            return List.of(RatpackTypes.CONTEXT);
        }
    }
}
