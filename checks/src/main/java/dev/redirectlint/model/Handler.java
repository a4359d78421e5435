package dev.redirectlint.model;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;

/**
 * Code that a web framework runs for HTTP requests: an annotated or overriding method, or a lambda a
 * route is registered with (written in the registration, or kept in a field).
 *
 * @param type the class whose instances handle the requests: the concrete class, which may inherit the
 *     handler method from a base class
 * @param code what runs for a request: the handler method (maybe declared in a base class, in another
 *     file), or the route's lambda
 * @param name how messages name it after the class: the method's name, {@code main route "/orders"}
 *     for a lambda written in a registration, the field's name for one kept in a field
 * @param methods the HTTP methods it accepts
 * @param details what the framework's home records about it for its own detectors (whether Spring writes its
 *     return value as the body, say), or {@code null}
 */
public record Handler(
        Framework framework,
        TypeDeclaration<?> type,
        Node code,
        String name,
        AcceptedMethods methods,
        HandlerDetails details) {

    /** A handler method. */
    public Handler(Framework framework, TypeDeclaration<?> type, MethodDeclaration method, AcceptedMethods methods) {
        this(framework, type, method, methods, null);
    }

    /** A handler method with what its home records about it. */
    public Handler(Framework framework, TypeDeclaration<?> type, MethodDeclaration method, AcceptedMethods methods,
            HandlerDetails details) {
        this(framework, type, method, method.getNameAsString(), methods, details);
    }

    /** A route's lambda (or the member that holds it), named as messages name it. */
    public Handler(Framework framework, TypeDeclaration<?> type, Node code, String name, AcceptedMethods methods) {
        this(framework, type, code, name, methods, null);
    }

    /** What the home recorded, if it is of that class. */
    public <T extends HandlerDetails> java.util.Optional<T> details(Class<T> kind) {
        return kind.isInstance(details) ? java.util.Optional.of(kind.cast(details)) : java.util.Optional.empty();
    }

    /** The class that declares the code: {@link #type()}, or the base class it inherits the method from. */
    public TypeDeclaration<?> declaringType() {
        TypeDeclaration<?> declaring = code.findAncestor(TypeDeclaration.class).orElse(null);
        return declaring != null ? declaring : type;
    }

    /** True for a handler method the concrete class inherits from a base class. */
    public boolean isInherited() {
        return declaringType() != type;
    }

    /** The handler method; every framework but those that register lambdas has one. */
    public MethodDeclaration method() {
        if (code instanceof MethodDeclaration method) {
            return method;
        }
        throw new IllegalStateException(displayName() + " is a lambda, not a method");
    }

    /** True for a route's lambda, false for a method. */
    public boolean isLambda() {
        return !(code instanceof MethodDeclaration);
    }

    /** {@code Class#name}, with enclosing classes for nested types ({@code Outer.Inner#method}). */
    public String displayName() {
        return nameOf(isLambda() ? type : declaringType()) + "#" + name;
    }

    /** {@code Outer.Inner} for a type: its name inside its package. */
    public static String nameOf(TypeDeclaration<?> type) {
        return type.getFullyQualifiedName()
                        .map(fqn -> type.findCompilationUnit()
                                .flatMap(cu -> cu.getPackageDeclaration())
                                .map(pkg -> fqn.substring(pkg.getNameAsString().length() + 1))
                                .orElse(fqn))
                        .orElse(type.getNameAsString());
    }
}
