package dev.redirectlint.java;

import com.github.javaparser.ast.body.AnnotationDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads annotations: which library annotation one is, and the values of its attributes. */
public final class Annotations {

    private Annotations() {}

    /** The annotation's qualified name through the file's imports. */
    public static Optional<String> resolve(AnnotationExpr annotation, TypeNames names) {
        return names.resolveType(annotation.getNameAsString());
    }

    public static boolean is(AnnotationExpr annotation, Set<String> fqns, TypeNames names) {
        return resolve(annotation, names).filter(fqns::contains).isPresent();
    }

    /** The first annotation on the element that resolves to one of {@code fqns}. */
    public static Optional<AnnotationExpr> find(NodeWithAnnotations<?> element, Set<String> fqns, TypeNames names) {
        return element.getAnnotations().stream().filter(a -> is(a, fqns, names)).findFirst();
    }

    /** An attribute's value; {@code value} also matches the single-member form. */
    public static Optional<Expression> attribute(AnnotationExpr annotation, String name) {
        if (annotation instanceof SingleMemberAnnotationExpr single) {
            return name.equals("value") ? Optional.of(single.getMemberValue()) : Optional.empty();
        }
        if (annotation instanceof NormalAnnotationExpr normal) {
            for (MemberValuePair pair : normal.getPairs()) {
                if (pair.getNameAsString().equals(name)) {
                    return Optional.of(pair.getValue());
                }
            }
        }
        return Optional.empty();
    }

    /** The elements of an attribute that may be written as one value or as an array. */
    public static List<Expression> elements(Expression value) {
        if (value instanceof ArrayInitializerExpr array) {
            return new ArrayList<>(array.getValues());
        }
        return List.of(value);
    }

    /** An annotation type declared in this file, found by the simple name it is used with. */
    public static Optional<AnnotationDeclaration> declaredInFile(AnnotationExpr annotation, TypeNames names) {
        return names.declaredType(annotation.getNameAsString())
                .filter(AnnotationDeclaration.class::isInstance)
                .map(AnnotationDeclaration.class::cast);
    }
}
