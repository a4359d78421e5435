package dev.redirectlint.java;

import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import java.util.Optional;

/**
 * Spring's bean names, as far as the source states them: the bean a field asks for by name
 * ({@code @Qualifier("x")}, {@code @Resource(name = "x")}, {@code @Named("x")}), and the name a component
 * class registers under ({@code @Service("x")}, or its simple name decapitalized, as Spring's
 * {@code AnnotationBeanNameGenerator} does).
 */
public final class BeanNames {

    private BeanNames() {}

    /** The bean name the field is injected by, if it names one. */
    public static Optional<String> requested(Definitions.Field field) {
        if (!(field.variable().getParentNode().orElse(null) instanceof FieldDeclaration declaration)) {
            return Optional.empty();
        }
        TypeNames names = SourceFile.require(declaration).names();
        Optional<String> qualifier = Annotations.find(declaration, KnownTypes.BEAN_QUALIFIER, names)
                .flatMap(annotation -> literal(annotation, "value"));
        return qualifier.or(() -> Annotations.find(declaration, KnownTypes.RESOURCE, names)
                .flatMap(annotation -> literal(annotation, "name")));
    }

    /** The name a component class registers under, if it is one. */
    public static Optional<String> registered(TypeDeclaration<?> type) {
        TypeNames names = SourceFile.require(type).names();
        Optional<AnnotationExpr> stereotype = Annotations.find((NodeWithAnnotations<?>) type, KnownTypes.BEAN_STEREOTYPE, names);
        if (stereotype.isEmpty()) {
            return Optional.empty();
        }
        return literal(stereotype.get(), "value").filter(name -> !name.isEmpty())
                .or(() -> Optional.of(decapitalized(type.getNameAsString())));
    }

    /** As {@code java.beans.Introspector.decapitalize}: {@code OrderService} gives {@code orderService}, {@code URLMapper} stays. */
    static String decapitalized(String name) {
        if (name.isEmpty() || name.length() > 1 && Character.isUpperCase(name.charAt(0))
                && Character.isUpperCase(name.charAt(1))) {
            return name;
        }
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    private static Optional<String> literal(AnnotationExpr annotation, String attribute) {
        Optional<Expression> value = Annotations.attribute(annotation, attribute);
        return value.filter(StringLiteralExpr.class::isInstance).map(v -> ((StringLiteralExpr) v).asString());
    }
}
