package dev.redirectlint.frameworks.spring;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.redirectlint.frameworks.CodeRouteHandlers;
import dev.redirectlint.frameworks.RouteRegistrations;
import dev.redirectlint.java.TypeNames;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Spring functional endpoints (Spring MVC {@code servlet.function} and WebFlux
 * {@code reactive.function.server}): {@code route().POST(path, handler)} and the other verbs on the
 * router builder, and {@code route(POST(path), handler)} / {@code andRoute(...)} with a method
 * predicate; a predicate without a method ({@code path(...)}, {@code all()}) matches every method.
 * Handlers take a {@code ServerRequest}.
 */
final class SpringFunctionalHandlers extends CodeRouteHandlers {

    SpringFunctionalHandlers() {
        super(SpringTypes.FUNCTIONAL, new Functional());
    }

    private static final class Functional implements RouteRegistrations.Dialect {

        private static final Set<String> VERBS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS");
        private static final Set<String> PREDICATE_ROUTES = Set.of("route", "andRoute");

        @Override
        public String importPrefix() {
            return "org.springframework.web.";
        }

        @Override
        public Set<String> routerTypes() {
            return SpringTypes.ROUTER_BUILDERS;
        }

        @Override
        public Optional<String> verb(MethodCallExpr call) {
            String name = call.getNameAsString();
            if (VERBS.contains(name) && call.getArguments().size() >= 2) {
                return Optional.of(name); // the builder: route().POST("/orders", handler)
            }
            if (PREDICATE_ROUTES.contains(name) && call.getArguments().size() == 2) {
                return predicateVerb(call.getArgument(0));
            }
            return Optional.empty();
        }

        /** The method a predicate such as {@code POST("/orders").and(accept(JSON))} requires, or every method. */
        private static Optional<String> predicateVerb(Expression predicate) {
            Expression current = predicate;
            while (current instanceof MethodCallExpr call) {
                if (VERBS.contains(call.getNameAsString())) {
                    return Optional.of(call.getNameAsString());
                }
                if (call.getNameAsString().equals("method")) {
                    return Optional.empty(); // method(HttpMethod.X): not read, so not guessed
                }
                current = call.getScope().orElse(null);
            }
            return Optional.of(RouteRegistrations.EVERY_METHOD);
        }

        /**
         * Only in files that use Spring's functional router (or springdoc's drop-in builder for it),
         * whose upper-case verbs nothing else shares.
         */
        @Override
        public boolean isRouting(MethodCallExpr call, TypeNames names) {
            return SpringTypes.ROUTER_BUILDERS.stream()
                    .anyMatch(fqn -> names.imports(fqn) || names.importsStatic(fqn + ".route"));
        }

        @Override
        public List<Set<String>> handlerParameters() {
            return List.of(SpringTypes.SERVER_REQUEST);
        }
    }
}
