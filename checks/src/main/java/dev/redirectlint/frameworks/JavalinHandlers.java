package dev.redirectlint.frameworks;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.type.Type;
import dev.redirectlint.java.Definitions;
import dev.redirectlint.java.KnownTypes;
import dev.redirectlint.java.TypeNames;
import dev.redirectlint.model.AcceptedMethods;
import dev.redirectlint.model.Framework;
import dev.redirectlint.model.Handler;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Javalin routes registered in code: {@code app.post(path, handler)} (and {@code put}, {@code patch},
 * {@code delete}, {@code get}, ...) on a {@code Javalin} instance or a chain from {@code Javalin.create()},
 * {@code config.routes.post(...)} (Javalin 7), {@code ApiBuilder.post(...)} inside {@code routes(...)},
 * and {@code addHttpHandler(HandlerType.POST, path, handler)}. The handler is the route's lambda, or the
 * method a method reference names when this file declares it.
 */
public final class JavalinHandlers implements HandlerFramework {

    private static final Set<String> VERBS = Set.of("get", "post", "put", "patch", "delete", "head", "options");
    private static final Set<String> GENERIC_REGISTRATIONS = Set.of("addHttpHandler", "addHandler");

    @Override
    public List<Handler> handlers(TypeDeclaration<?> type, TypeNames names) {
        if (!names.importsAnyUnder("io.javalin.")) {
            return List.of();
        }
        List<Handler> handlers = new ArrayList<>();
        for (MethodCallExpr call : type.findAll(MethodCallExpr.class)) {
            if (call.findAncestor(TypeDeclaration.class).orElse(null) != type) {
                continue; // a nested type's own routes are found when it is scanned
            }
            Optional<String> verb = verb(call);
            Optional<MethodDeclaration> registering = call.findAncestor(MethodDeclaration.class);
            if (verb.isEmpty() || registering.isEmpty() || !isRouting(call, names)) {
                continue;
            }
            String route = pathPrefix(call) + literalPath(call).orElse("");
            AcceptedMethods methods = AcceptedMethods.of(List.of(verb.get()));
            for (Expression argument : call.getArguments()) {
                if (argument instanceof LambdaExpr lambda && lambda.getParameters().size() == 1) {
                    handlers.add(new Handler(Framework.JAVALIN, type, registering.get(), lambda, methods, false, false,
                            Optional.of(route)));
                } else if (argument instanceof MethodReferenceExpr reference) {
                    for (MethodDeclaration method : referencedHandlers(reference, type, names)) {
                        TypeDeclaration<?> owner = method.findAncestor(TypeDeclaration.class).orElse(type);
                        handlers.add(new Handler(Framework.JAVALIN, owner, method, method, methods, false, false,
                                Optional.empty()));
                    }
                }
            }
        }
        return handlers;
    }

    private static Optional<String> literalPath(MethodCallExpr call) {
        return call.getArguments().stream()
                .filter(StringLiteralExpr.class::isInstance)
                .map(argument -> ((StringLiteralExpr) argument).asString())
                .findFirst();
    }

    /** The paths of the {@code ApiBuilder.path("/orders", () -> ...)} calls around a route, outermost first. */
    private static String pathPrefix(MethodCallExpr call) {
        StringBuilder prefix = new StringBuilder();
        Optional<MethodCallExpr> around = call.findAncestor(MethodCallExpr.class);
        while (around.isPresent()) {
            if (around.get().getNameAsString().equals("path")) {
                literalPath(around.get()).ifPresent(path -> prefix.insert(0, path));
            }
            around = around.get().findAncestor(MethodCallExpr.class);
        }
        return prefix.toString();
    }

    /** The HTTP method a registration call names: {@code post(...)}, or {@code addHttpHandler(HandlerType.POST, ...)}. */
    private static Optional<String> verb(MethodCallExpr call) {
        String name = call.getNameAsString();
        if (VERBS.contains(name) && !call.getArguments().isEmpty()) {
            return Optional.of(name.toUpperCase(Locale.ROOT));
        }
        if (GENERIC_REGISTRATIONS.contains(name) && call.getArguments().size() >= 3
                && call.getArgument(0) instanceof FieldAccessExpr handlerType) {
            String verb = handlerType.getNameAsString();
            return VERBS.contains(verb.toLowerCase(Locale.ROOT)) ? Optional.of(verb) : Optional.empty();
        }
        return Optional.empty();
    }

    /** True if the call registers a Javalin route rather than, say, a map's {@code get}. */
    private static boolean isRouting(MethodCallExpr call, TypeNames names) {
        Optional<Expression> scope = call.getScope();
        if (scope.isEmpty()) {
            return names.importsStatic("io.javalin.apibuilder.ApiBuilder." + call.getNameAsString());
        }
        Expression receiver = scope.get();
        while (receiver instanceof MethodCallExpr chained && chained.getScope().isPresent()) {
            receiver = chained.getScope().get(); // Javalin.create().post(...).get(...)
        }
        if (receiver instanceof FieldAccessExpr access) {
            return access.getNameAsString().equals("routes"); // Javalin 7: config.routes.post(...)
        }
        if (!(receiver instanceof NameExpr name)) {
            return false;
        }
        if (names.isType(name.getNameAsString(), KnownTypes.JAVALIN)
                || names.isType(name.getNameAsString(), KnownTypes.JAVALIN_API_BUILDER)) {
            return true;
        }
        Optional<Type> declared = Definitions.declaredType(name, names);
        if (declared.isPresent() && !declared.get().isVarType()) {
            return names.isType(declared.get(), KnownTypes.JAVALIN);
        }
        return Definitions.of(name, names)
                .filter(Definitions.Local.class::isInstance)
                .map(local -> ((Definitions.Local) local).values().stream().anyMatch(value -> createsJavalin(value, names)))
                .orElse(false);
    }

    /** {@code Javalin.create(...)}, perhaps with calls chained to it: {@code var app = Javalin.create().start(7000)}. */
    private static boolean createsJavalin(Expression value, TypeNames names) {
        Expression root = value;
        while (root instanceof MethodCallExpr chained && chained.getScope().isPresent()) {
            root = chained.getScope().get();
        }
        return root instanceof NameExpr name && names.isType(name.getNameAsString(), KnownTypes.JAVALIN);
    }

    /**
     * The methods of this file a reference such as {@code OrderController::create} or {@code this::create}
     * names that take one Javalin {@code Context}.
     */
    private static List<MethodDeclaration> referencedHandlers(MethodReferenceExpr reference, TypeDeclaration<?> type,
            TypeNames names) {
        Optional<TypeDeclaration<?>> owner;
        Expression scope = reference.getScope();
        if (scope.isThisExpr()) {
            owner = Optional.of(type);
        } else if (scope.isTypeExpr()) {
            owner = names.declaredType(scope.asTypeExpr().getType().asString());
        } else if (scope instanceof NameExpr name) {
            owner = names.declaredType(name.getNameAsString()).or(() -> Definitions.declaredType(name, names)
                    .flatMap(declared -> names.declaredType(declared.asString())));
        } else {
            owner = Optional.empty();
        }
        List<MethodDeclaration> methods = new ArrayList<>();
        owner.ifPresent(declaration -> declaration.getMethodsByName(reference.getIdentifier()).stream()
                .filter(method -> method.getBody().isPresent() && method.getParameters().size() == 1
                        && names.isType(method.getParameter(0).getType(), KnownTypes.JAVALIN_CONTEXT))
                .forEach(methods::add));
        return methods;
    }
}
