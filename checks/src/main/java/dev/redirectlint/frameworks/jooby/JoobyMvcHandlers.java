package dev.redirectlint.frameworks.jooby;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import dev.redirectlint.frameworks.AnnotatedMethodHandlers;
import dev.redirectlint.java.Annotations;
import dev.redirectlint.java.TypeNames;
import java.util.Optional;
import java.util.Set;

/**
 * Jooby MVC controllers: methods with Jooby's own {@code @POST}, {@code @PUT}, {@code @PATCH},
 * {@code @DELETE}, {@code @GET} (and the other verbs) from {@code io.jooby.annotation}, also when the method
 * an interface or superclass declares carries it. Controllers written with the JAX-RS annotations, which
 * Jooby also reads, are JAX-RS handlers; their {@code Context} redirects are still Jooby's.
 */
public final class JoobyMvcHandlers extends AnnotatedMethodHandlers {

    private static final String ANNOTATION_PACKAGE = "io.jooby.annotation.";
    private static final Set<String> VERBS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS",
            "TRACE", "CONNECT");

    public JoobyMvcHandlers() {
        super(JoobyTypes.FRAMEWORK);
    }

    @Override
    protected Set<String> verbAnnotations() {
        return VERBS;
    }

    @Override
    protected Optional<String> verb(MethodDeclaration method, TypeNames names) {
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
