package dev.redirectlint.frameworks.micronaut;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import dev.redirectlint.frameworks.AnnotatedMethodHandlers;
import dev.redirectlint.java.Annotations;
import dev.redirectlint.java.Hierarchy;
import dev.redirectlint.java.TypeNames;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Micronaut controllers: methods of an {@code io.micronaut.http.annotation.Controller} class with
 * {@code @Post}, {@code @Put}, {@code @Patch}, {@code @Delete}, {@code @Get} and the other method
 * annotations, or {@code @CustomHttpMethod(method = "...")}, also when declared on the method an
 * interface or superclass declares (Micronaut inherits them).
 */
final class MicronautHandlers extends AnnotatedMethodHandlers {

    private static final Set<String> VERB_ANNOTATIONS =
            Stream.concat(MicronautTypes.VERBS.stream(), Stream.of("CustomHttpMethod"))
                    .collect(Collectors.toUnmodifiableSet());

    MicronautHandlers() {
        super(MicronautTypes.FRAMEWORK);
    }

    @Override
    protected boolean isController(TypeDeclaration<?> type, TypeNames names) {
        return Annotations.find(type, MicronautTypes.CONTROLLER, names).isPresent()
                || Hierarchy.supertypes(type, names).stream().anyMatch(supertype -> Annotations
                        .find(supertype.declaration(), MicronautTypes.CONTROLLER, supertype.names()).isPresent());
    }

    @Override
    protected Set<String> verbAnnotations() {
        return VERB_ANNOTATIONS;
    }

    @Override
    protected Optional<String> verb(MethodDeclaration method, TypeNames names) {
        for (AnnotationExpr annotation : method.getAnnotations()) {
            Optional<String> fqn = Annotations.resolve(annotation, names);
            if (fqn.isEmpty()) {
                continue;
            }
            for (String verb : MicronautTypes.VERBS) {
                if (fqn.get().equals(MicronautTypes.ANNOTATION_PACKAGE + verb)) {
                    return Optional.of(verb.toUpperCase(Locale.ROOT));
                }
            }
            if (MicronautTypes.CUSTOM_HTTP_METHOD.contains(fqn.get())) {
                return Annotations.attribute(annotation, "method")
                        .filter(StringLiteralExpr.class::isInstance)
                        .map(value -> ((StringLiteralExpr) value).asString().toUpperCase(Locale.ROOT));
            }
        }
        return Optional.empty();
    }
}
