package dev.redirectlint.frameworks.vertx;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import dev.redirectlint.frameworks.CodeRouteHandlers;
import dev.redirectlint.frameworks.RouteRegistrations;
import dev.redirectlint.java.CallChains;
import dev.redirectlint.java.Definitions;
import dev.redirectlint.java.TypeNames;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Vert.x Web routes: {@code router.post(path).handler(h)} (and the other verbs),
 * {@code router.route(HttpMethod.POST, path).handler(h)}, {@code router.route(path).method(HttpMethod.POST)},
 * and {@code router.route(path).handler(h)} with no method, which matches every method. Handlers take one
 * {@code RoutingContext}.
 */
public final class VertxHandlers extends CodeRouteHandlers {

    public VertxHandlers() {
        super(VertxTypes.FRAMEWORK, new Vertx());
    }

    private static final class Vertx implements RouteRegistrations.Dialect {

        private static final Set<String> HANDLERS = Set.of("handler", "blockingHandler", "respond");
        private static final Set<String> VERBS = Set.of("get", "post", "put", "patch", "delete", "head", "options");

        @Override
        public String importPrefix() {
            return "io.vertx.";
        }

        @Override
        public Set<String> routerTypes() {
            return VertxTypes.ROUTER;
        }

        @Override
        public Optional<String> verb(MethodCallExpr call) {
            if (!HANDLERS.contains(call.getNameAsString()) || call.getArguments().size() != 1) {
                return Optional.empty();
            }
            Optional<String> method = Optional.empty();
            Optional<String> verb = Optional.empty();
            boolean route = false;
            Expression scope = call.getScope().orElse(null);
            while (scope instanceof MethodCallExpr link) {
                String name = link.getNameAsString();
                if (name.equals("method") && link.getArguments().size() == 1) {
                    method = httpMethod(link.getArgument(0));
                } else if (VERBS.contains(name) || VERBS.contains(name.replace("WithRegex", ""))) {
                    verb = Optional.of(name.replace("WithRegex", "").toUpperCase(Locale.ROOT));
                } else if (name.equals("route") || name.equals("routeWithRegex")) {
                    route = true;
                    if (!link.getArguments().isEmpty()) {
                        verb = verb.or(() -> httpMethod(link.getArgument(0)));
                    }
                }
                scope = link.getScope().orElse(null);
            }
            if (method.isPresent()) {
                return method;
            }
            return verb.isPresent() ? verb : route ? Optional.of(RouteRegistrations.EVERY_METHOD) : Optional.empty();
        }

        private static Optional<String> httpMethod(Expression argument) {
            return RouteRegistrations.methodConstant(argument, VERBS);
        }

        /** True if the chain starts at a {@code Router}: a variable or field of that type, or {@code Router.router(vertx)}. */
        @Override
        public boolean isRouting(MethodCallExpr call, TypeNames names) {
            Expression root = CallChains.root(call);
            if (root instanceof FieldAccessExpr access && access.getScope().isThisExpr()) {
                return Definitions.enclosingField(access, access.getNameAsString())
                        .map(field -> names.isType(((Definitions.Field) field).variable().getType(), VertxTypes.ROUTER))
                        .orElse(false);
            }
            if (!(root instanceof NameExpr name)) {
                return false;
            }
            return names.isType(name.getNameAsString(), VertxTypes.ROUTER)
                    || Definitions.declaredType(name, names)
                            .filter(type -> names.isType(type, VertxTypes.ROUTER)).isPresent();
        }

        /** The verb or route call of the chain names the path: {@code router.post("/orders")}. */
        @Override
        public MethodCallExpr pathCall(MethodCallExpr registration) {
            Expression scope = registration.getScope().orElse(null);
            while (scope instanceof MethodCallExpr link) {
                String name = link.getNameAsString();
                if (VERBS.contains(name) || name.equals("route")) {
                    return link;
                }
                scope = link.getScope().orElse(null);
            }
            return registration;
        }

        @Override
        public List<Set<String>> handlerParameters() {
            return List.of(VertxTypes.ROUTING_CONTEXT);
        }
    }
}
