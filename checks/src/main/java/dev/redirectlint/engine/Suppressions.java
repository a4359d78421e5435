package dev.redirectlint.engine;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import dev.redirectlint.java.Annotations;
import java.util.Optional;

/**
 * {@code @SuppressWarnings("redirect-lint")} silences every rule and
 * {@code @SuppressWarnings("redirect-lint:<rule-id>")} one rule, on the handler method, on any
 * class around it, or on the helper method that makes the redirect.
 */
public final class Suppressions {

    public static final String PREFIX = "redirect-lint";

    private Suppressions() {}

    /** True if {@code node} or anything around it suppresses {@code ruleId}. */
    public static boolean isSuppressed(Node node, String ruleId) {
        Optional<Node> current = Optional.of(node);
        while (current.isPresent()) {
            if (current.get() instanceof NodeWithAnnotations<?> annotated && suppresses(annotated, ruleId)) {
                return true;
            }
            current = current.get().getParentNode();
        }
        return false;
    }

    private static boolean suppresses(NodeWithAnnotations<?> element, String ruleId) {
        for (AnnotationExpr annotation : element.getAnnotations()) {
            String name = annotation.getNameAsString();
            if (!name.equals("SuppressWarnings") && !name.equals("java.lang.SuppressWarnings")) {
                continue;
            }
            Optional<Expression> value = Annotations.attribute(annotation, "value");
            if (value.isPresent()) {
                for (Expression element2 : Annotations.elements(value.get())) {
                    if (element2 instanceof StringLiteralExpr literal) {
                        String key = literal.asString().trim();
                        if (key.equals(PREFIX) || key.equals(PREFIX + ":" + ruleId)) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }
}
