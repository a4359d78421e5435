package dev.redirectlint.model;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import java.util.Optional;

/**
 * Code that a web framework runs for HTTP requests: an annotated or overriding method, or the lambda
 * a route is registered with.
 *
 * @param type the class that declares it
 * @param method the handler method; for a route lambda, the method that registers the route
 * @param code what runs for a request: {@code method} itself, or the route's lambda inside it
 * @param methods the HTTP methods it accepts
 * @param writesReturnAsBody true for Spring {@code @ResponseBody}/{@code @RestController} handlers,
 *     whose returned strings are response bodies, not view names
 * @param reactive true for Spring WebFlux handlers, whose {@code "redirect:"} views send 303
 * @param route the path of a route registered in code, which names a lambda handler in messages
 */
public record Handler(
        Framework framework,
        TypeDeclaration<?> type,
        MethodDeclaration method,
        Node code,
        AcceptedMethods methods,
        boolean writesReturnAsBody,
        boolean reactive,
        Optional<String> route) {

    /** A handler method. */
    public Handler(Framework framework, TypeDeclaration<?> type, MethodDeclaration method, AcceptedMethods methods,
            boolean writesReturnAsBody, boolean reactive) {
        this(framework, type, method, method, methods, writesReturnAsBody, reactive, Optional.empty());
    }

    /** True for a route's lambda, false for a method. */
    public boolean isLambda() {
        return code != method;
    }

    /**
     * {@code Class#method}, with enclosing classes for nested types ({@code Outer.Inner#method}); a route
     * lambda adds its path: {@code App#main route "/orders"}.
     */
    public String displayName() {
        String name = type.getFullyQualifiedName()
                        .map(fqn -> type.findCompilationUnit()
                                .flatMap(cu -> cu.getPackageDeclaration())
                                .map(pkg -> fqn.substring(pkg.getNameAsString().length() + 1))
                                .orElse(fqn))
                        .orElse(type.getNameAsString())
                + "#" + method.getNameAsString();
        return isLambda() ? name + " route \"" + route.orElse("?") + "\"" : name;
    }
}
