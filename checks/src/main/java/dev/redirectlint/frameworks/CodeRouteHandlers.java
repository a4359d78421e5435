package dev.redirectlint.frameworks;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.redirectlint.frameworks.RouteRegistrations.Dialect;
import dev.redirectlint.frameworks.RouteRegistrations.Referenced;
import dev.redirectlint.frameworks.RouteRegistrations.Registration;
import dev.redirectlint.java.TypeNames;
import dev.redirectlint.model.AcceptedMethods;
import dev.redirectlint.model.Framework;
import dev.redirectlint.model.Handler;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Handlers of a framework that registers routes in code: the lambda a route is registered with, each
 * method of the class that a route names by reference, and each lambda a field of the class holds that a
 * route names ({@code post(path, LoginController.handleLoginPost)}), in this file or in another file.
 * A method registered for several routes accepts the union of their HTTP methods; one that no route
 * names is not a handler.
 */
public abstract class CodeRouteHandlers implements HandlerFramework {

    private final Framework framework;
    private final Dialect dialect;

    protected CodeRouteHandlers(Framework framework, Dialect dialect) {
        this.framework = framework;
        this.dialect = dialect;
    }

    @Override
    public final List<Handler> handlers(TypeDeclaration<?> type, TypeNames names) {
        if (!names.importsAnyUnder(dialect.importPrefix())) {
            return List.of();
        }
        List<Handler> handlers = new ArrayList<>();
        for (Registration route : RouteRegistrations.registeredIn(type, names, dialect)) {
            if (route.handler() instanceof LambdaExpr lambda) {
                String path = route.path().isEmpty() ? "" : " \"" + route.path() + "\"";
                handlers.add(new Handler(framework, type, lambda,
                        registeringMember(route.call(), type) + " " + dialect.kind(route.call()) + path,
                        accepted(Set.of(route.verb()))));
            }
        }
        if (!mayBeNamedByRoutes(type, names)) {
            return handlers;
        }
        Map<String, Set<String>> named = RouteRegistrations.namedMembers(type, names, dialect);
        for (Referenced<MethodDeclaration> method : RouteRegistrations.referencedMethods(type, names, dialect, named)) {
            handlers.add(new Handler(framework, type, method.member(), accepted(method.verbs())));
        }
        RouteRegistrations.referencedFieldLambdas(type, dialect, named).forEach((field, lambda) -> handlers.add(
                new Handler(framework, type, lambda.member(), field, accepted(lambda.verbs()))));
        return handlers;
    }

    /**
     * True if a route could name a member of the type: it has a method with the framework's handler
     * parameters, or a field that holds a lambda. Only then are the project's routes read for it.
     */
    private boolean mayBeNamedByRoutes(TypeDeclaration<?> type, TypeNames names) {
        for (MethodDeclaration method : type.getMethods()) {
            if (method.getBody().isPresent() && dialect.isHandlerMethod(method, names)) {
                return true;
            }
        }
        for (FieldDeclaration field : type.getFields()) {
            for (VariableDeclarator variable : field.getVariables()) {
                if (variable.getInitializer().filter(LambdaExpr.class::isInstance).isPresent()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The member whose code registers a route, to name the route's lambda by: a method or constructor,
     * a field it initialises, or {@code <init>} for an initialiser block.
     */
    private static String registeringMember(MethodCallExpr registration, TypeDeclaration<?> type) {
        Node current = registration.getParentNode().orElse(null);
        while (current != null && current != type) {
            if (current instanceof CallableDeclaration<?> callable) {
                return callable.getNameAsString();
            }
            if (current instanceof VariableDeclarator field && field.getParentNode().filter(FieldDeclaration.class::isInstance)
                    .isPresent()) {
                return field.getNameAsString();
            }
            if (current instanceof InitializerDeclaration) {
                return "<init>";
            }
            current = current.getParentNode().orElse(null);
        }
        return "<init>";
    }

    private static AcceptedMethods accepted(Set<String> verbs) {
        return verbs.contains(RouteRegistrations.EVERY_METHOD) ? AcceptedMethods.anyMethod() : AcceptedMethods.of(verbs);
    }
}
