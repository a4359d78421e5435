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
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Vert.x Web routes: {@code router.post(path).handler(h)} (and the other verbs),
 * {@code router.route(HttpMethod.POST, path).handler(h)}, {@code router.route(path).method(HttpMethod.POST)},
 * and {@code router.route(path).handler(h)} with no method, which matches every method; and the handlers of a
 * {@code RouterBuilder}'s OpenAPI operations, with the method the project's contract gives each
 * ({@link OperationRegistrations}). Handlers take one {@code RoutingContext}; a method named by a route and an
 * operation accepts the methods of both.
 */
public final class VertxHandlers extends CodeRouteHandlers {

    public VertxHandlers() {
        super(VertxTypes.FRAMEWORK, new Vertx());
    }

    /** True for a field ({@code this.router}) or a variable declared as one of the types. */
    static boolean declaredAs(Expression receiver, Set<String> types, TypeNames names) {
        if (receiver instanceof FieldAccessExpr access && access.getScope().isThisExpr()) {
            return Definitions.enclosingField(access, access.getNameAsString())
                    .map(field -> names.isType(((Definitions.Field) field).variable().getType(), types))
                    .orElse(false);
        }
        return receiver instanceof NameExpr name
                && Definitions.declaredType(name, names).filter(type -> names.isType(type, types)).isPresent();
    }

    private static final class Vertx implements RouteRegistrations.Dialect {

        private static final Set<String> HANDLERS = Set.of("handler", "blockingHandler", "respond");
        private static final Set<String> VERBS = Set.of("get", "post", "put", "patch", "delete", "head", "options");
        private static final Set<String> ROUTER_TYPES = Stream.concat(VertxTypes.ROUTER.stream(),
                VertxTypes.ROUTER_BUILDER.stream()).collect(Collectors.toUnmodifiableSet());

        @Override
        public String importPrefix() {
            return "io.vertx.";
        }

        /** Router routes, and a builder's operations: a file that registers either imports one of these. */
        @Override
        public Set<String> routerTypes() {
            return ROUTER_TYPES;
        }

        @Override
        public Optional<String> verb(MethodCallExpr call) {
            Optional<MethodCallExpr> operation = OperationRegistrations.lookup(call);
            if (operation.isPresent()) {
                return OperationRegistrations.method(operation.get());
            }
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

        /**
         * True if the chain starts at a {@code Router}: a variable or field of that type, or {@code Router.router(vertx)};
         * for an operation's handler, if the operation is looked up on a router builder.
         */
        @Override
        public boolean isRouting(MethodCallExpr call, TypeNames names) {
            Optional<MethodCallExpr> operation = OperationRegistrations.lookup(call);
            if (operation.isPresent()) {
                return OperationRegistrations.onBuilder(operation.get(), names);
            }
            Expression root = CallChains.root(call);
            return root instanceof NameExpr name && names.isType(name.getNameAsString(), VertxTypes.ROUTER)
                    || declaredAs(root, VertxTypes.ROUTER, names);
        }

        /**
         * The verb or route call of the chain names the path: {@code router.post("/orders")}; for an operation's
         * handler, the lookup names the operation: {@code operation("createPet")}.
         */
        @Override
        public MethodCallExpr pathCall(MethodCallExpr registration) {
            Optional<MethodCallExpr> operation = OperationRegistrations.lookup(registration);
            if (operation.isPresent()) {
                return operation.get();
            }
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

        /** An operation's handler is named by its operation: {@code Server#start operation "createPet"}. */
        @Override
        public String kind(MethodCallExpr registration) {
            return OperationRegistrations.lookup(registration).isPresent() ? "operation" : "route";
        }

        @Override
        public List<Set<String>> handlerParameters() {
            return List.of(VertxTypes.ROUTING_CONTEXT);
        }
    }
}
