package dev.redirectlint.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import java.util.Optional;
import java.util.Set;

/** Lambda parameters, as the frameworks that register routes in code pass their objects to them. */
public final class Lambdas {

    private Lambdas() {}

    /** The nearest lambda around the name that declares a parameter of that name. */
    public static Optional<LambdaExpr> declaring(NameExpr name) {
        Node current = name.getParentNode().orElse(null);
        while (current != null) {
            if (current instanceof LambdaExpr lambda && lambda.getParameters().stream()
                    .anyMatch(p -> p.getNameAsString().equals(name.getNameAsString()))) {
                return Optional.of(lambda);
            }
            current = current.getParentNode().orElse(null);
        }
        return Optional.empty();
    }

    /** True if the name is the untyped only parameter of a lambda: {@code app -> app.post(...)}. */
    public static boolean isUntypedOnlyParameter(NameExpr name) {
        return declaring(name).filter(lambda -> lambda.getParameters().size() == 1
                && lambda.getParameter(0).getType().isUnknownType()).isPresent();
    }

    /**
     * True if the name is the only parameter of a lambda passed to a method of one of these names:
     * {@code routing(r -> r.post(...))}, {@code byMethod(m -> m.post(...))}.
     */
    public static boolean isOnlyParameterOfLambdaGivenTo(NameExpr name, Set<String> methods) {
        return declaring(name).filter(lambda -> lambda.getParameters().size() == 1
                && lambda.getParentNode().orElse(null) instanceof MethodCallExpr taker
                && methods.contains(taker.getNameAsString())).isPresent();
    }
}
