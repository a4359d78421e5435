package dev.redirectlint.frameworks.jooby;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import dev.redirectlint.frameworks.HandlerFramework;
import dev.redirectlint.java.Annotations;
import dev.redirectlint.java.ClassMethods;
import dev.redirectlint.java.Hierarchy;
import dev.redirectlint.java.TypeNames;
import dev.redirectlint.model.AcceptedMethods;
import dev.redirectlint.model.Handler;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Jooby MVC controllers: methods with Jooby's own {@code @POST}, {@code @PUT}, {@code @PATCH},
 * {@code @DELETE}, {@code @GET} (and the other verbs) from {@code io.jooby.annotation}, also when the method
 * an interface or superclass declares carries it. Controllers written with the JAX-RS annotations, which
 * Jooby also reads, are JAX-RS handlers; their {@code Context} redirects are still Jooby's.
 */
public final class JoobyMvcHandlers implements HandlerFramework {

    private static final String ANNOTATION_PACKAGE = "io.jooby.annotation.";
    private static final Set<String> VERBS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS",
            "TRACE", "CONNECT");

    @Override
    public List<Handler> handlers(TypeDeclaration<?> type, TypeNames names) {
        List<Handler> handlers = new ArrayList<>();
        if (!ClassMethods.isConcrete(type)) {
            return handlers; // a base class's methods count in its concrete subclasses
        }
        for (ClassMethods.Member member : ClassMethods.of(type, names)) {
            MethodDeclaration method = member.method();
            if (method.getBody().isEmpty()) {
                continue;
            }
            Optional<String> verb = verb(method, member.names());
            for (Hierarchy.Overridden overridden : Hierarchy.overridden(type, method, names)) {
                verb = verb.or(() -> verb(overridden.method(), overridden.names()));
            }
            verb.ifPresent(name -> handlers.add(new Handler(
                    JoobyTypes.FRAMEWORK, type, method, AcceptedMethods.of(List.of(name)), false, false)));
        }
        return handlers;
    }

    private static Optional<String> verb(MethodDeclaration method, TypeNames names) {
        for (AnnotationExpr annotation : method.getAnnotations()) {
            Optional<String> fqn = Annotations.resolve(annotation, names);
            if (fqn.isPresent() && fqn.get().startsWith(ANNOTATION_PACKAGE)) {
                String verb = fqn.get().substring(ANNOTATION_PACKAGE.length());
                if (VERBS.contains(verb)) {
                    return Optional.of(verb);
                }
            }
        }
        return Optional.empty();
    }
}
