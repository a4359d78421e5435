package dev.redirectlint.frameworks;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import dev.redirectlint.java.Annotations;
import dev.redirectlint.java.Hierarchy;
import dev.redirectlint.java.KnownTypes;
import dev.redirectlint.java.TypeNames;
import dev.redirectlint.model.Framework;
import java.util.Locale;
import java.util.Optional;

/**
 * Micronaut controllers: methods of an {@code io.micronaut.http.annotation.Controller} class with
 * {@code @Post}, {@code @Put}, {@code @Patch}, {@code @Delete}, {@code @Get} and the other method
 * annotations, or {@code @CustomHttpMethod(method = "...")}, also when declared on the method an
 * interface or superclass declares (Micronaut inherits them).
 */
public final class MicronautHandlers extends AnnotatedMethodHandlers {

    private static final String ANNOTATION_PACKAGE = "io.micronaut.http.annotation.";

    public MicronautHandlers() {
        super(Framework.MICRONAUT);
    }

    @Override
    protected boolean isController(TypeDeclaration<?> type, TypeNames names) {
        return Annotations.find(type, KnownTypes.MICRONAUT_CONTROLLER, names).isPresent()
                || Hierarchy.supertypes(type, names).stream().anyMatch(supertype -> Annotations
                        .find(supertype.declaration(), KnownTypes.MICRONAUT_CONTROLLER, supertype.names()).isPresent());
    }

    @Override
    protected Optional<String> verb(MethodDeclaration method, TypeNames names) {
        for (AnnotationExpr annotation : method.getAnnotations()) {
            Optional<String> fqn = Annotations.resolve(annotation, names);
            if (fqn.isEmpty()) {
                continue;
            }
            for (String verb : KnownTypes.MICRONAUT_VERBS) {
                if (fqn.get().equals(ANNOTATION_PACKAGE + verb)) {
                    return Optional.of(verb.toUpperCase(Locale.ROOT));
                }
            }
            if (KnownTypes.MICRONAUT_CUSTOM_HTTP_METHOD.contains(fqn.get())) {
                return Annotations.attribute(annotation, "method")
                        .filter(StringLiteralExpr.class::isInstance)
                        .map(value -> ((StringLiteralExpr) value).asString().toUpperCase(Locale.ROOT));
            }
        }
        return Optional.empty();
    }
}
