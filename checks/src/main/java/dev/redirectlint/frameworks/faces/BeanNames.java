package dev.redirectlint.frameworks.faces;

import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import dev.redirectlint.java.Annotations;
import dev.redirectlint.java.TypeNames;
import java.util.Optional;
import java.util.Set;

/**
 * The name EL knows a bean by. {@code @Named} without a value (and the {@code @Model} stereotype) names a bean
 * class by its simple name with the first character in lower case (the CDI specification, and the javadoc of
 * {@code Named}); {@code @ManagedBean} without {@code name} likewise (its javadoc: {@code com.foo.Bean} is
 * {@code bean}).
 */
final class BeanNames {

    private static final Set<String> MANAGED_BEAN = Set.of("jakarta.faces.bean.ManagedBean",
            "javax.faces.bean.ManagedBean");

    private BeanNames() {}

    /**
     * The bean's EL name: an annotation's explicit name (a {@code @Model} bean may have {@code @Named("x")} too),
     * else the default; empty if a name is not a literal (a constant the reading does not follow).
     */
    static Optional<String> of(TypeDeclaration<?> type, TypeNames names) {
        String name = decapitalised(type.getNameAsString());
        for (AnnotationExpr bean : type.getAnnotations()) {
            if (!Annotations.is(bean, FacesTypes.BEAN, names)) {
                continue;
            }
            String attribute = Annotations.is(bean, MANAGED_BEAN, names) ? "name" : "value";
            Optional<Expression> value = Annotations.attribute(bean, attribute);
            if (value.isPresent() && !(value.get() instanceof StringLiteralExpr)) {
                return Optional.empty();
            }
            if (value.isPresent() && !((StringLiteralExpr) value.get()).getValue().isEmpty()) {
                name = ((StringLiteralExpr) value.get()).getValue();
            }
        }
        return Optional.of(name);
    }

    /** Only the first character: {@code URLBean} is {@code uRLBean}, not the JavaBeans {@code URLBean}. */
    private static String decapitalised(String name) {
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
