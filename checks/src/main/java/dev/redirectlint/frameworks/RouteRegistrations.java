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
import dev.redirectlint.java.ProjectIndex;
import dev.redirectlint.java.TypeNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Routes that a framework registers in code, such as Javalin's {@code app.post("/orders", handler)} or
 * Spark's {@code post("/orders", (req, res) -> ...)}: which calls register them, and which lambdas and
 * referenced methods handle them, in one file and across the project. A {@link Dialect} says how one
 * framework spells it.
 */
final class RouteRegistrations {

    /** How one framework registers routes in code. */
    interface Dialect {

        /** Files that register routes import something under this package prefix. */
        String importPrefix();

        /** The HTTP method the call registers a route for, if it looks like a registration. */
        Optional<String> verb(MethodCallExpr call);

        /** True if the call really registers a route (its receiver is the framework's router). */
        boolean isRouting(MethodCallExpr call, TypeNames names);

        /** How many parameters a handler lambda or method takes. */
        int handlerArity();

        /** True if the method can handle a route: its parameters are the framework's. */
        boolean isHandlerMethod(MethodDeclaration method, TypeNames names);
    }

    /**
     * One route.
     *
     * @param call the registering call
     * @param verb the HTTP method, upper case
     * @param path the path as far as the source spells it out
     * @param handler the handler argument: a lambda or a method reference
     */
    record Registration(MethodCallExpr call, String verb, String path, Expression handler) {}

    private RouteRegistrations() {}

    /** The routes a type registers itself (not its nested types). */
    static List<Registration> registeredIn(TypeDeclaration<?> type, TypeNames names, Dialect dialect) {
        if (!names.importsAnyUnder(dialect.importPrefix())) {
            return List.of();
        }
        List<Registration> registrations = new ArrayList<>();
        for (MethodCallExpr call : type.findAll(MethodCallExpr.class)) {
            if (call.findAncestor(TypeDeclaration.class).orElse(null) != type) {
                continue;
            }
            Optional<String> verb = dialect.verb(call);
            if (verb.isEmpty() || !dialect.isRouting(call, names)) {
                continue;
            }
            String path = pathPrefix(call) + pathOf(call).orElse("");
            for (Expression argument : call.getArguments()) {
                if (argument instanceof LambdaExpr lambda && lambda.getParameters().size() == dialect.handlerArity()
                        || argument instanceof MethodReferenceExpr) {
                    registrations.add(new Registration(call, verb.get(), path, argument));
                }
            }
        }
        return registrations;
    }

    /**
     * The methods of a class that routes name by reference ({@code UsersController::create}), in its own
     * file or anywhere in the project, with the HTTP methods they are registered for.
     */
    static Map<MethodDeclaration, Set<String>> referencedMethods(TypeDeclaration<?> type, TypeNames names,
            Dialect dialect) {
        Map<String, Set<String>> verbsByName = new LinkedHashMap<>();
        Optional<String> fqn = type.getFullyQualifiedName();
        for (TypeDeclaration<?> registering : names.declaredTypes()) {
            for (Registration route : registeredIn(registering, names, dialect)) {
                if (route.handler() instanceof MethodReferenceExpr reference
                        && ownerOf(reference, registering, names).equals(fqn)) {
                    verbsByName.computeIfAbsent(reference.getIdentifier(), k -> new LinkedHashSet<>()).add(route.verb());
                }
            }
        }
        if (fqn.isPresent()) {
            referencedProjectWide(names.index(), dialect).forEach((key, verbs) -> {
                if (key.startsWith(fqn.get() + "#")) {
                    verbsByName.computeIfAbsent(key.substring(fqn.get().length() + 1), k -> new LinkedHashSet<>())
                            .addAll(verbs);
                }
            });
        }
        Map<MethodDeclaration, Set<String>> methods = new LinkedHashMap<>();
        verbsByName.forEach((name, verbs) -> type.getMethodsByName(name).stream()
                .filter(method -> method.getBody().isPresent() && dialect.isHandlerMethod(method, names))
                .forEach(method -> methods.put(method, verbs)));
        return methods;
    }

    /** By {@code OwnerFqn#method}, computed once per index and dialect. */
    private static Map<String, Set<String>> referencedProjectWide(ProjectIndex index, Dialect dialect) {
        return index.derived(dialect.getClass(), i -> collectReferences(i, dialect));
    }

    private static Map<String, Set<String>> collectReferences(ProjectIndex index, Dialect dialect) {
        Map<String, Set<String>> verbs = new HashMap<>();
        for (ProjectIndex.IndexedFile file : index.files()) {
            for (TypeDeclaration<?> type : file.names().declaredTypes()) {
                for (Registration route : registeredIn(type, file.names(), dialect)) {
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
            // A class name, or a variable holding a controller: controller::create.
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
}
