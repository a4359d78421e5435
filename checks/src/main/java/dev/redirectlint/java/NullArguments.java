package dev.redirectlint.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The parameters a call passes {@code null} for, literally or as a {@code null} it was itself given: an
 * optional collaborator ({@code createRequest(..., null, ...)}) whose methods the helper calls only when it is
 * there. A call on such a parameter would throw, so the redirect behind it is not one this caller can reach.
 */
final class NullArguments {

    private NullArguments() {}

    /** The names of the target's parameters that receive {@code null} from this call. */
    static Set<String> of(MethodCallExpr call, MethodDeclaration target, Set<String> callerNulls, Node caller) {
        List<Parameter> parameters = target.getParameters();
        List<Expression> arguments = call.getArguments();
        if (parameters.size() != arguments.size() || !parameters.isEmpty() && parameters.get(parameters.size() - 1).isVarArgs()) {
            return Set.of();
        }
        Set<String> nulls = new HashSet<>();
        for (int i = 0; i < arguments.size(); i++) {
            Expression argument = arguments.get(i);
            if (argument.isNullLiteralExpr() || argument instanceof NameExpr name && isNull(name, callerNulls, caller)) {
                nulls.add(parameters.get(i).getNameAsString());
            }
        }
        return nulls.isEmpty() ? Set.of() : Set.copyOf(nulls);
    }

    /** True if the call's receiver is a parameter its caller passed {@code null} for. */
    static boolean onNullReceiver(MethodCallExpr call, Set<String> nulls, Node code) {
        return !nulls.isEmpty() && call.getScope().filter(scope -> scope instanceof NameExpr name
                && isNull(name, nulls, code)).isPresent();
    }

    /** The name is one of the method's null parameters, never assigned in it and not shadowed by a local. */
    private static boolean isNull(NameExpr name, Set<String> nulls, Node code) {
        String id = name.getNameAsString();
        if (!nulls.contains(id) || !(code instanceof CallableDeclaration<?> callable)) {
            return false;
        }
        if (name.findAncestor(CallableDeclaration.class).filter(enclosing -> enclosing == callable).isEmpty()) {
            return false; // a method of a class declared inside this one, with parameters of its own
        }
        boolean assigned = TreeFacts.assignmentsTo(callable, id).stream()
                .anyMatch(assign -> assign.getTarget() instanceof NameExpr);
        boolean redeclared = !TreeFacts.declarators(callable, id).isEmpty();
        return !assigned && !redeclared;
    }
}
