package dev.redirectlint.frameworks;

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
import dev.redirectlint.java.ProjectIndex;
import dev.redirectlint.java.TypeNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where Javalin routes are registered in code: {@code app.post(path, handler)} (and {@code put},
 * {@code patch}, {@code delete}, {@code get}, ...) on a {@code Javalin} instance or a chain from
 * {@code Javalin.create()}, {@code config.routes.post(...)} (Javalin 7), {@code ApiBuilder.post(...)}
 * inside {@code path(...)}, and {@code addHttpHandler(HandlerType.POST, path, handler)}.
 */
final class JavalinRoutes {

    private static final Set<String> VERBS = Set.of("get", "post", "put", "patch", "delete", "head", "options");
    private static final Set<String> GENERIC_REGISTRATIONS = Set.of("addHttpHandler", "addHandler");

    /**
     * One route.
     *
     * @param call the registering call
     * @param verb the HTTP method, upper case
     * @param path the path as far as the source spells it out
     * @param handler the handler argument: a lambda or a method reference
     */
    record Registration(MethodCallExpr call, String verb, String path, Expression handler) {}

    private JavalinRoutes() {}

    /** The routes a type registers itself (not its nested types). */
    static List<Registration> registeredIn(TypeDeclaration<?> type, TypeNames names) {
        if (!names.importsAnyUnder("io.javalin.")) {
            return List.of();
        }
        List<Registration> registrations = new ArrayList<>();
        for (MethodCallExpr call : type.findAll(MethodCallExpr.class)) {
            if (call.findAncestor(TypeDeclaration.class).orElse(null) != type) {
                continue;
            }
            Optional<String> verb = verb(call);
            if (verb.isEmpty() || !isRouting(call, names)) {
                continue;
            }
            String path = pathPrefix(call) + pathOf(call).orElse("");
            for (Expression argument : call.getArguments()) {
                if (argument instanceof LambdaExpr lambda && lambda.getParameters().size() == 1
                        || argument instanceof MethodReferenceExpr) {
                    registrations.add(new Registration(call, verb.get(), path, argument));
                }
            }
        }
        return registrations;
    }

    /**
     * The HTTP methods that routes anywhere in the project register for methods named by reference, by
     * {@code OwnerFqn#method}. Computed once per index.
     */
    static Map<String, Set<String>> referencedProjectWide(ProjectIndex index) {
        return index.derived(JavalinRoutes.class, JavalinRoutes::collectReferences);
    }

    private static Map<String, Set<String>> collectReferences(ProjectIndex index) {
        Map<String, Set<String>> verbs = new HashMap<>();
        for (ProjectIndex.IndexedFile file : index.files()) {
            for (TypeDeclaration<?> type : file.names().declaredTypes()) {
                for (Registration route : registeredIn(type, file.names())) {
                    if (route.handler() instanceof MethodReferenceExpr reference) {
                        ownerOf(reference, type, file.names()).ifPresent(owner -> verbs
                                .computeIfAbsent(owner + "#" + reference.getIdentifier(), k -> new LinkedHashSet<>())
                                .add(route.verb()));
                    }
                }
            }
        }
        return verbs;
    }

    /** The qualified name of the class a method reference names: {@code UsersController::create}, {@code this::save}. */
    static Optional<String> ownerOf(MethodReferenceExpr reference, TypeDeclaration<?> registering, TypeNames names) {
        Expression scope = reference.getScope();
        Optional<String> written;
        if (scope.isThisExpr()) {
            return registering.getFullyQualifiedName();
        } else if (scope.isTypeExpr()) {
            written = Optional.of(scope.asTypeExpr().getType().asString());
        } else if (scope instanceof NameExpr name) {
            // A class name, or a variable holding a controller: new UsersController(...)::create.
            Optional<Type> declared = Definitions.declaredType(name, names);
            written = declared.isPresent() ? Optional.of(declared.get().asString()) : Optional.of(name.getNameAsString());
        } else {
            return Optional.empty();
        }
        return written.flatMap(typeName -> names.declaredType(typeName).flatMap(TypeDeclaration::getFullyQualifiedName)
                .or(() -> names.projectType(typeName).flatMap(indexed -> indexed.declaration().getFullyQualifiedName())));
    }

    private static Optional<String> pathOf(MethodCallExpr call) {
        for (Expression argument : call.getArguments()) {
            if (argument instanceof StringLiteralExpr literal) {
                return Optional.of(literal.asString());
            }
        }
        Expression first = call.getArguments().isEmpty() ? null : call.getArgument(0);
        boolean named = first instanceof NameExpr || first instanceof FieldAccessExpr || first instanceof MethodCallExpr;
        return named ? Optional.of("{" + first + "}") : Optional.empty(); // a path from a constant or a helper
    }

    /** The paths of the {@code ApiBuilder.path("/orders", () -> ...)} calls around a route, outermost first. */
    private static String pathPrefix(MethodCallExpr call) {
        StringBuilder prefix = new StringBuilder();
        Optional<MethodCallExpr> around = call.findAncestor(MethodCallExpr.class);
        while (around.isPresent()) {
            if (around.get().getNameAsString().equals("path")) {
                pathOf(around.get()).ifPresent(path -> prefix.insert(0, path));
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
}
