package dev.redirectlint.frameworks.javalin;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.type.Type;
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
 * Javalin routes: {@code app.post(path, handler)} (and {@code put}, {@code patch}, {@code delete},
 * {@code get}, ...) on a {@code Javalin} instance or a chain from {@code Javalin.create()},
 * {@code config.routes.post(...)} (Javalin 7), {@code ApiBuilder.post(...)} inside {@code path(...)},
 * {@code addHttpHandler(HandlerType.POST, path, handler)}, and {@code before(...)} filters, which see
 * every method. Handlers take one {@code Context}.
 */
public final class JavalinHandlers extends CodeRouteHandlers {

    public JavalinHandlers() {
        super(JavalinTypes.FRAMEWORK, new Javalin());
    }

    private static final class Javalin implements RouteRegistrations.Dialect {

        private static final Set<String> VERBS = Set.of("get", "post", "put", "patch", "delete", "head", "options");
        private static final Set<String> GENERIC_REGISTRATIONS = Set.of("addHttpHandler", "addHandler");

        @Override
        public String importPrefix() {
            return "io.javalin.";
        }

        @Override
        public Set<String> routerTypes() {
            return Set.of("io.javalin.Javalin", "io.javalin.apibuilder.ApiBuilder", "io.javalin.config.JavalinConfig");
        }

        /** {@code post(...)}, or {@code addHttpHandler(HandlerType.POST, ...)}. */
        @Override
        public Optional<String> verb(MethodCallExpr call) {
            String name = call.getNameAsString();
            if (name.equals("before") && !call.getArguments().isEmpty()) {
                return Optional.of(RouteRegistrations.EVERY_METHOD); // runs before the routes of every method
            }
            if (VERBS.contains(name) && !call.getArguments().isEmpty()) {
                return Optional.of(name.toUpperCase(Locale.ROOT));
            }
            if (GENERIC_REGISTRATIONS.contains(name) && call.getArguments().size() >= 3) {
                return RouteRegistrations.methodConstant(call.getArgument(0), VERBS); // HandlerType.POST
            }
            return Optional.empty();
        }

        /** True if the call registers a Javalin route rather than, say, a map's {@code get}. */
        @Override
        public boolean isRouting(MethodCallExpr call, TypeNames names) {
            Optional<Expression> scope = call.getScope();
            if (scope.isEmpty()) {
                return names.importsStatic("io.javalin.apibuilder.ApiBuilder." + call.getNameAsString());
            }
            Expression receiver = CallChains.root(scope.get()); // Javalin.create().post(...).get(...)
            if (receiver instanceof FieldAccessExpr access) {
                return access.getNameAsString().equals("routes"); // Javalin 7: config.routes.post(...)
            }
            if (!(receiver instanceof NameExpr name)) {
                return false;
            }
            if (names.isType(name.getNameAsString(), JavalinTypes.JAVALIN)
                    || names.isType(name.getNameAsString(), JavalinTypes.API_BUILDER)) {
                return true;
            }
            Optional<Type> declared = Definitions.declaredType(name, names);
            if (declared.isPresent() && !declared.get().isVarType()) {
                return names.isType(declared.get(), JavalinTypes.JAVALIN);
            }
            return Definitions.of(name, names)
                    .filter(Definitions.Local.class::isInstance)
                    .map(local -> ((Definitions.Local) local).values().stream()
                            .anyMatch(value -> createsJavalin(value, names)))
                    .orElse(false);
        }

        /** {@code Javalin.create(...)}, perhaps with calls chained to it: {@code var app = Javalin.create().start(7000)}. */
        private static boolean createsJavalin(Expression value, TypeNames names) {
            return CallChains.root(value) instanceof NameExpr name && names.isType(name.getNameAsString(), JavalinTypes.JAVALIN);
        }

        @Override
        public List<Set<String>> handlerParameters() {
            return List.of(JavalinTypes.CONTEXT);
        }
    }
}
