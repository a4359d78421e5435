package dev.redirectlint.frameworks;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.LambdaExpr;
import dev.redirectlint.frameworks.RouteRegistrations.Dialect;
import dev.redirectlint.frameworks.RouteRegistrations.Referenced;
import dev.redirectlint.frameworks.RouteRegistrations.Registration;
import dev.redirectlint.java.TypeNames;
import dev.redirectlint.model.AcceptedMethods;
import dev.redirectlint.model.Framework;
import dev.redirectlint.model.Handler;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Handlers of a framework that registers routes in code: the lambda a route is registered with, each
 * method of the class that a route names by reference, and each lambda a field of the class holds that a
 * route names ({@code post(path, LoginController.handleLoginPost)}), in this file or in another file.
 * A method registered for several routes accepts the union of their HTTP methods; one that no route
 * names is not a handler.
 */
abstract class CodeRouteHandlers implements HandlerFramework {

    private final Framework framework;
    private final Dialect dialect;

    CodeRouteHandlers(Framework framework, Dialect dialect) {
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
            Optional<MethodDeclaration> registering = route.call().findAncestor(MethodDeclaration.class);
            if (route.handler() instanceof LambdaExpr lambda && registering.isPresent()) {
                String kind = route.call().getNameAsString().equals("before") ? " filter" : " route";
                String path = route.path().isEmpty() ? "" : " \"" + route.path() + "\"";
                handlers.add(new Handler(framework, type, lambda, registering.get().getNameAsString() + kind + path,
                        accepted(Set.of(route.verb())), false, false));
            }
        }
        for (Referenced<MethodDeclaration> method : RouteRegistrations.referencedMethods(type, names, dialect)) {
            handlers.add(new Handler(framework, type, method.member(), accepted(method.verbs()), false, false));
        }
        RouteRegistrations.referencedFieldLambdas(type, names, dialect).forEach((field, lambda) -> handlers.add(
                new Handler(framework, type, lambda.member(), field, accepted(lambda.verbs()), false, false)));
        return handlers;
    }

    private static AcceptedMethods accepted(Set<String> verbs) {
        return verbs.contains(RouteRegistrations.EVERY_METHOD) ? AcceptedMethods.anyMethod() : AcceptedMethods.of(verbs);
    }
}
