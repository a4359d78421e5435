package dev.redirectlint.frameworks.jooby;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.redirectlint.frameworks.CodeRouteHandlers;
import dev.redirectlint.frameworks.RouteRegistrations;
import dev.redirectlint.java.Definitions;
import dev.redirectlint.java.Lambdas;
import dev.redirectlint.java.TypeNames;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Jooby script routes: {@code post(pattern, ctx -> ...)} (and {@code get}, {@code put}, {@code patch},
 * {@code delete}, {@code head}, {@code options}, {@code trace}) and {@code route("POST", pattern, handler)},
 * called inside a class that extends {@code Jooby} (an instance initialiser or constructor, as Jooby's
 * documentation writes them), on a {@code Jooby} or {@code Router} variable, or on the application a
 * lambda receives ({@code runApp(args, app -> ...)}). Handlers take a {@code Context}.
 */
public final class JoobyHandlers extends CodeRouteHandlers {

    public JoobyHandlers() {
        super(JoobyTypes.FRAMEWORK, new Jooby());
    }

    private static final class Jooby implements RouteRegistrations.Dialect {

        private static final Set<String> VERBS =
                Set.of("get", "post", "put", "patch", "delete", "head", "options", "trace");

        @Override
        public String importPrefix() {
            return "io.jooby.";
        }

        @Override
        public Set<String> routerTypes() {
            return JoobyTypes.ROUTER;
        }

        /** {@code post(pattern, handler)}, or {@code route("POST", pattern, handler)}. */
        @Override
        public Optional<String> verb(MethodCallExpr call) {
            String name = call.getNameAsString();
            if (VERBS.contains(name) && call.getArguments().size() == 2) {
                return Optional.of(name.toUpperCase(Locale.ROOT));
            }
            if (name.equals("route") && call.getArguments().size() == 3
                    && call.getArgument(0) instanceof StringLiteralExpr method) {
                String verb = method.asString().toUpperCase(Locale.ROOT);
                return VERBS.contains(verb.toLowerCase(Locale.ROOT)) ? Optional.of(verb)
                        : verb.equals("*") ? Optional.of(RouteRegistrations.EVERY_METHOD) : Optional.empty();
            }
            return Optional.empty();
        }

        /**
         * True if the receiver is the application: no receiver (or {@code this}) inside a subclass of
         * {@code Jooby}, a variable declared as {@code Jooby} or {@code Router}, or the untyped parameter of a
         * one-parameter lambda (the application {@code runApp} gives).
         */
        @Override
        public boolean isRouting(MethodCallExpr call, TypeNames names) {
            Optional<Expression> scope = call.getScope();
            if (scope.isEmpty() || scope.get() instanceof ThisExpr) {
                return insideApplication(call, names);
            }
            if (!(scope.get() instanceof NameExpr name)) {
                return false;
            }
            return Definitions.declaredType(name, names)
                    .filter(type -> !type.isVarType() && names.isType(type, JoobyTypes.ROUTER)).isPresent()
                    || Lambdas.isUntypedOnlyParameter(name);
        }

        private static boolean insideApplication(MethodCallExpr call, TypeNames names) {
            Node current = call.getParentNode().orElse(null);
            while (current != null) {
                if (current instanceof ObjectCreationExpr created && created.getAnonymousClassBody().isPresent()) {
                    return names.isType(created.getType(), JoobyTypes.ROUTER); // new Jooby() {{ ... }}
                }
                if (current instanceof ClassOrInterfaceDeclaration type) {
                    for (ClassOrInterfaceType extended : type.getExtendedTypes()) {
                        if (names.isType(extended, JoobyTypes.ROUTER)) {
                            return true;
                        }
                    }
                    return false;
                }
                current = current.getParentNode().orElse(null);
            }
            return false;
        }

        /** A handler object's method, as in {@code post(path, new CreateOrder())}. */
        @Override
        public String handlerMethodName() {
            return "apply"; // Route.Handler
        }

        @Override
        public List<Set<String>> handlerParameters() {
            return List.of(JoobyTypes.CONTEXT);
        }
    }
}
