package dev.redirectlint.frameworks.jaxrs;

import com.github.javaparser.ast.body.AnnotationDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import dev.redirectlint.frameworks.AnnotatedMethodHandlers;
import dev.redirectlint.java.Annotations;
import dev.redirectlint.java.TypeNames;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * JAX-RS / Jakarta REST resource methods: a method designator ({@code @POST}, {@code @PUT},
 * {@code @DELETE}, {@code @PATCH}, {@code @GET}, ...) or an annotation declared in the same file and
 * meta-annotated with {@code @HttpMethod("...")}. A method with {@code @Path} but no designator is a
 * sub-resource locator, not a handler.
 */
public final class JaxRsHandlers extends AnnotatedMethodHandlers {

    public JaxRsHandlers() {
        super(JaxRsTypes.FRAMEWORK);
    }

    @Override
    protected Set<String> verbAnnotations() {
        return Set.copyOf(JaxRsTypes.DESIGNATORS);
    }

    @Override
    protected Optional<String> verb(MethodDeclaration method, TypeNames names) {
        for (AnnotationExpr annotation : method.getAnnotations()) {
            Optional<String> fqn = Annotations.resolve(annotation, names);
            if (fqn.isPresent()) {
                for (String verb : JaxRsTypes.DESIGNATORS) {
                    if (fqn.get().equals("javax.ws.rs." + verb) || fqn.get().equals("jakarta.ws.rs." + verb)) {
                        return Optional.of(verb);
                    }
                }
                continue;
            }
            Optional<String> custom = Annotations.declaredInFile(annotation, names).flatMap(d -> httpMethodOf(d, names));
            if (custom.isPresent()) {
                return custom;
            }
        }
        return Optional.empty();
    }

    /** The verb of a custom designator: {@code @HttpMethod("PATCH") @interface PATCH {}}. */
    private static Optional<String> httpMethodOf(AnnotationDeclaration declaration, TypeNames names) {
        return Annotations.find(declaration, JaxRsTypes.HTTP_METHOD, names)
                .flatMap(annotation -> Annotations.attribute(annotation, "value"))
                .flatMap(value -> value instanceof StringLiteralExpr literal ? Optional.of(literal.asString())
                        : value instanceof FieldAccessExpr constant ? Optional.of(constant.getNameAsString()) // HttpMethod.PATCH
                        : Optional.empty())
                .map(verb -> verb.toUpperCase(Locale.ROOT));
    }
}
