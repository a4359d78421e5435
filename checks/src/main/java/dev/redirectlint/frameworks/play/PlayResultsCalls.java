package dev.redirectlint.frameworks.play;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import dev.redirectlint.java.Definitions;
import dev.redirectlint.java.Hierarchy;
import dev.redirectlint.java.TypeNames;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a call such as {@code found(url)} is one of {@code play.mvc.Results}' static methods, resolved as Java
 * resolves it: {@code Results.found(url)} through the imports; an unqualified call by a method of the class (or
 * of a project superclass) first, then one inherited from {@code Controller}/{@code Results}, then a static
 * import. A class or method of the same name that is not Play's does not count.
 */
final class PlayResultsCalls {

    /** How the call reaches Play's method. */
    enum Reach { QUALIFIED, INHERITED, STATIC_IMPORT }

    private PlayResultsCalls() {}

    static Optional<Reach> reach(MethodCallExpr call, TypeNames names) {
        Optional<Expression> scope = call.getScope();
        if (scope.isPresent()) {
            Expression receiver = scope.get();
            boolean typeName = receiver instanceof FieldAccessExpr
                    || receiver instanceof NameExpr name && Definitions.of(name, names).isEmpty();
            return typeName && names.isType(receiver.toString(), PlayTypes.RESULTS)
                    ? Optional.of(Reach.QUALIFIED) : Optional.empty();
        }
        String method = call.getNameAsString();
        TypeDeclaration<?> owner = call.findAncestor(TypeDeclaration.class).orElse(null);
        if (owner != null && declares(owner, names, method)) {
            return Optional.empty(); // the class's own method hides Play's
        }
        if (owner != null && inheritsResults(owner, names)) {
            return Optional.of(Reach.INHERITED);
        }
        return PlayTypes.RESULTS.stream().anyMatch(type -> names.importsStatic(type + "." + method))
                ? Optional.of(Reach.STATIC_IMPORT) : Optional.empty();
    }

    /** True if the class or a project superclass declares a method of that name. */
    static boolean declares(TypeDeclaration<?> type, TypeNames names, String method) {
        return !type.getMethodsByName(method).isEmpty() || Hierarchy.supertypes(type, names).stream()
                .anyMatch(supertype -> !supertype.declaration().getMethodsByName(method).isEmpty());
    }

    /** True if the class extends {@code Controller} or {@code Results}, itself or through project superclasses. */
    private static boolean inheritsResults(TypeDeclaration<?> type, TypeNames names) {
        return inherits(type, names, PlayTypes.RESULTS);
    }

    /**
     * True if the code's class extends {@code Controller}, which implements {@code Http.Status}: a bare
     * {@code FOUND} there is Play's constant, unless the class declares a field of that name.
     */
    static boolean inheritsStatusConstant(Node code, TypeNames names, String constant) {
        TypeDeclaration<?> owner = code.findAncestor(TypeDeclaration.class).orElse(null);
        if (owner == null || !inherits(owner, names, PlayTypes.CONTROLLER)) {
            return false;
        }
        return owner.getFieldByName(constant).isEmpty() && Hierarchy.supertypes(owner, names).stream()
                .allMatch(supertype -> supertype.declaration().getFieldByName(constant).isEmpty());
    }

    private static boolean inherits(TypeDeclaration<?> type, TypeNames names, Set<String> bases) {
        if (extendsOneOf(type, names, bases)) {
            return true;
        }
        return Hierarchy.supertypes(type, names).stream()
                .anyMatch(supertype -> extendsOneOf(supertype.declaration(), supertype.names(), bases));
    }

    private static boolean extendsOneOf(TypeDeclaration<?> type, TypeNames names, Set<String> bases) {
        return type instanceof ClassOrInterfaceDeclaration declared && declared.getExtendedTypes().stream()
                .anyMatch(extended -> names.isType(extended, bases));
    }
}
