package dev.redirectlint.frameworks;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import dev.redirectlint.java.Annotations;
import dev.redirectlint.java.ClassMethods;
import dev.redirectlint.java.Hierarchy;
import dev.redirectlint.java.KnownTypes;
import dev.redirectlint.java.TypeNames;
import dev.redirectlint.model.AcceptedMethods;
import dev.redirectlint.model.Framework;
import dev.redirectlint.model.Handler;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Micronaut controllers: methods of an {@code io.micronaut.http.annotation.Controller} class with
 * {@code @Post}, {@code @Put}, {@code @Patch}, {@code @Delete}, {@code @Get} and the other method
 * annotations, or {@code @CustomHttpMethod(method = "...")}, also when declared on the method an
 * interface or superclass declares (Micronaut inherits them).
 */
public final class MicronautHandlers implements HandlerFramework {

    private static final String ANNOTATION_PACKAGE = "io.micronaut.http.annotation.";

    @Override
    public List<Handler> handlers(TypeDeclaration<?> type, TypeNames names) {
        boolean controller = Annotations.find(type, KnownTypes.MICRONAUT_CONTROLLER, names).isPresent()
                || Hierarchy.supertypes(type, names).stream().anyMatch(supertype -> Annotations
                        .find(supertype.declaration(), KnownTypes.MICRONAUT_CONTROLLER, supertype.names()).isPresent());
        if (!controller || !ClassMethods.isConcrete(type)) {
            return List.of();
        }
        List<Handler> handlers = new ArrayList<>();
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
                    Framework.MICRONAUT, type, method, AcceptedMethods.of(List.of(name)), false, false)));
        }
        return handlers;
    }

    private static Optional<String> verb(MethodDeclaration method, TypeNames names) {
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
