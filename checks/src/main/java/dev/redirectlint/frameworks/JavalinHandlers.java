package dev.redirectlint.frameworks;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import dev.redirectlint.frameworks.JavalinRoutes.Registration;
import dev.redirectlint.java.KnownTypes;
import dev.redirectlint.java.TypeNames;
import dev.redirectlint.model.AcceptedMethods;
import dev.redirectlint.model.Framework;
import dev.redirectlint.model.Handler;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Javalin handlers: the lambda a route is registered with, and each method of this class that a route
 * names by reference ({@code UsersController::create}), in this file or in another file of the project.
 * A method registered for several routes accepts the union of their HTTP methods.
 */
public final class JavalinHandlers implements HandlerFramework {

    @Override
    public List<Handler> handlers(TypeDeclaration<?> type, TypeNames names) {
        if (!names.importsAnyUnder("io.javalin.")) {
            return List.of();
        }
        List<Handler> handlers = new ArrayList<>();
        for (Registration route : JavalinRoutes.registeredIn(type, names)) {
            Optional<MethodDeclaration> registering = route.call().findAncestor(MethodDeclaration.class);
            if (route.handler() instanceof LambdaExpr lambda && registering.isPresent()) {
                handlers.add(new Handler(Framework.JAVALIN, type, registering.get(), lambda,
                        AcceptedMethods.of(List.of(route.verb())), false, false, Optional.of(route.path())));
            }
        }
        referencedMethods(type, names).forEach((method, verbs) -> handlers.add(
                new Handler(Framework.JAVALIN, type, method, AcceptedMethods.of(verbs), false, false)));
        return handlers;
    }

    /** The methods of this class that routes name by reference, with the HTTP methods they are registered for. */
    private static Map<MethodDeclaration, Set<String>> referencedMethods(TypeDeclaration<?> type, TypeNames names) {
        Map<String, Set<String>> verbsByName = new LinkedHashMap<>();
        Optional<String> fqn = type.getFullyQualifiedName();
        for (TypeDeclaration<?> registering : names.declaredTypes()) {
            for (Registration route : JavalinRoutes.registeredIn(registering, names)) {
                if (route.handler() instanceof MethodReferenceExpr reference
                        && JavalinRoutes.ownerOf(reference, registering, names).equals(fqn)) {
                    verbsByName.computeIfAbsent(reference.getIdentifier(), k -> new LinkedHashSet<>()).add(route.verb());
                }
            }
        }
        if (fqn.isPresent()) {
            JavalinRoutes.referencedProjectWide(names.index()).forEach((key, verbs) -> {
                if (key.startsWith(fqn.get() + "#")) {
                    verbsByName.computeIfAbsent(key.substring(fqn.get().length() + 1), k -> new LinkedHashSet<>())
                            .addAll(verbs);
                }
            });
        }
        Map<MethodDeclaration, Set<String>> methods = new LinkedHashMap<>();
        verbsByName.forEach((name, verbs) -> type.getMethodsByName(name).stream()
                .filter(method -> method.getBody().isPresent() && method.getParameters().size() == 1
                        && names.isType(method.getParameter(0).getType(), KnownTypes.JAVALIN_CONTEXT))
                .forEach(method -> methods.put(method, verbs)));
        return methods;
    }
}
