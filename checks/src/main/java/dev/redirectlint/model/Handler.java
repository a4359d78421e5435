package dev.redirectlint.model;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;

/**
 * A method that a web framework calls for HTTP requests.
 *
 * @param type the class that declares it
 * @param method the handler method
 * @param methods the HTTP methods it accepts
 * @param writesReturnAsBody true for Spring {@code @ResponseBody}/{@code @RestController} handlers,
 *     whose returned strings are response bodies, not view names
 * @param reactive true for Spring WebFlux handlers, whose {@code "redirect:"} views send 303
 */
public record Handler(
        Framework framework,
        TypeDeclaration<?> type,
        MethodDeclaration method,
        AcceptedMethods methods,
        boolean writesReturnAsBody,
        boolean reactive) {

    /** {@code Class#method}, with enclosing classes for nested types ({@code Outer.Inner#method}). */
    public String displayName() {
        return type.getFullyQualifiedName()
                        .map(fqn -> type.findCompilationUnit()
                                .flatMap(cu -> cu.getPackageDeclaration())
                                .map(pkg -> fqn.substring(pkg.getNameAsString().length() + 1))
                                .orElse(fqn))
                        .orElse(type.getNameAsString())
                + "#" + method.getNameAsString();
    }
}
