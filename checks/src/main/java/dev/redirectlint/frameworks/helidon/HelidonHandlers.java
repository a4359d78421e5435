package dev.redirectlint.frameworks.helidon;

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
 * Helidon SE routes: {@code rules.post(path, handler)} (and {@code get}, {@code put}, {@code patch},
 * {@code delete}, ...; the path may be left out), {@code any(...)}, which takes every method, and
 * {@code route(Method.POST, path, handler)}, on Helidon 4's {@code HttpRules} (an {@code HttpService}'s
 * {@code routing(HttpRules)}, an {@code HttpRouting.Builder}) or Helidon 2/3's {@code Routing.Rules}. Handlers
 * take a {@code ServerRequest} and a {@code ServerResponse}.
 */
public final class HelidonHandlers extends CodeRouteHandlers {

    public HelidonHandlers() {
        super(HelidonTypes.FRAMEWORK, new Helidon());
    }

    private static final class Helidon implements RouteRegistrations.Dialect {

        private static final Set<String> VERBS =
                Set.of("get", "post", "put", "patch", "delete", "head", "options", "trace");

        @Override
        public String importPrefix() {
            return "io.helidon.";
        }

        @Override
        public Set<String> routerTypes() {
            return Set.of("io.helidon.webserver.http.HttpRules", "io.helidon.webserver.http.HttpRouting",
                    "io.helidon.webserver.http.HttpService", "io.helidon.webserver.Routing",
                    "io.helidon.webserver.Service");
        }

        /** {@code post([path,] handler...)}, {@code any(...)}, or {@code route(Method.POST, [path,] handler)}. */
        @Override
        public Optional<String> verb(MethodCallExpr call) {
            String name = call.getNameAsString();
            if (call.getArguments().isEmpty()) {
                return Optional.empty();
            }
            if (name.equals("any")) {
                return Optional.of(RouteRegistrations.EVERY_METHOD);
            }
            if (VERBS.contains(name)) {
                return Optional.of(name.toUpperCase(Locale.ROOT));
            }
            if (name.equals("route") && call.getArguments().size() >= 2) {
                return RouteRegistrations.methodConstant(call.getArgument(0), VERBS); // Method.POST
            }
            return Optional.empty();
        }

        /**
         * True if the call's receiver is routing rules: a variable or parameter declared as {@code HttpRules} or
         * a routing builder, a chain from {@code HttpRouting.builder()}, or the parameter of a lambda given to
         * {@code routing(...)} ({@code WebServer.builder().routing(r -> r.post(...))}).
         */
        @Override
        public boolean isRouting(MethodCallExpr call, TypeNames names) {
            Optional<Expression> scope = call.getScope();
            if (scope.isEmpty()) {
                return false;
            }
            Expression receiver = CallChains.root(scope.get());
            if (!(receiver instanceof NameExpr name)) {
                return false;
            }
            if (names.isType(name.getNameAsString(), HelidonTypes.ROUTING)) {
                return true; // HttpRouting.builder().post(...)
            }
            if (Definitions.declaredType(name, names).filter(type -> !type.isVarType()
                    && names.isType(type, HelidonTypes.RULES)).isPresent()) {
                return true;
            }
            return Lambdas.isOnlyParameterOfLambdaGivenTo(name, Set.of("routing")) && names.importsAnyUnder(importPrefix());
        }

        @Override
        public List<Set<String>> handlerParameters() {
            return List.of(HelidonTypes.REQUEST, HelidonTypes.RESPONSE);
        }
    }
}
