package dev.redirectlint.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.type.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds what a simple name refers to, without a symbol solver: a local variable or parameter of the
 * enclosing method or lambda, a field of an enclosing class, or a statically imported member.
 * Scoping is approximate (a name declared anywhere in the method counts), which is enough for the
 * short handler methods this tool reads.
 */
public final class Definitions {

    /** What a name refers to. */
    public sealed interface Definition {}

    /** A local variable: every value assigned to it in the method, and its declared type. */
    public record Local(List<Expression> values, Type type) implements Definition {}

    /** A parameter of the enclosing method or lambda: its value is not known here, only at a call. */
    public record Param(Type type, Parameter parameter) implements Definition {}

    /**
     * A field of an enclosing class.
     *
     * @param isFinal final, or an interface constant
     * @param values the initializer and, for a non-final field, every value its class assigns to it;
     *     empty for a field a framework injects (one with annotations), whose value is not in the source
     */
    public record Field(VariableDeclarator variable, boolean isFinal, List<Expression> values) implements Definition {}

    /** A member brought in with a static import, such as {@code ...HttpStatus.FOUND}. */
    public record StaticImport(String qualifiedMember) implements Definition {}

    private Definitions() {}

    public static Optional<Definition> of(NameExpr name, TypeNames names) {
        return of(name.getNameAsString(), name, names);
    }

    /**
     * What {@code id} refers to where {@code place} is written: for names the parser could not tell from
     * a type, such as the {@code handler} of {@code handler::create}.
     */
    public static Optional<Definition> of(String id, Node place, TypeNames names) {
        Node scope = place;
        while ((scope = scope.getParentNode().orElse(null)) != null) {
            if (scope instanceof LambdaExpr lambda) {
                for (Parameter p : lambda.getParameters()) {
                    if (p.getNameAsString().equals(id)) {
                        return Optional.of(new Param(p.getType(), p));
                    }
                }
            }
            if (scope instanceof CallableDeclaration<?> callable) {
                Optional<Definition> local = local(callable, id);
                if (local.isPresent()) {
                    return local;
                }
            }
            if (scope instanceof TypeDeclaration<?> type) {
                Optional<Definition> field = field(type, id).or(() -> inheritedField(type, id));
                if (field.isPresent()) {
                    return field;
                }
            }
        }
        return names.resolveStaticMember(id).map(StaticImport::new);
    }

    /** A non-private field a supertype the source shows declares (a base controller's injected service). */
    private static Optional<Definition> inheritedField(TypeDeclaration<?> type, String id) {
        Optional<TypeNames> names = SourceFile.of(type).map(SourceFile::names);
        if (names.isEmpty() || !names.get().index().mayHaveField(Hierarchy.qualifiedName(type), id)) {
            return Optional.empty(); // the lexical facts tell that no supertype declares it: none is parsed
        }
        for (Hierarchy.Supertype supertype : Hierarchy.supertypes(type, names.get())) {
            Optional<Definition> field = field(supertype.declaration(), id)
                    .filter(def -> !((Field) def).variable().getParentNode()
                            .map(p -> p instanceof FieldDeclaration declaration && declaration.isPrivate()).orElse(false));
            if (field.isPresent()) {
                return field;
            }
        }
        return Optional.empty();
    }

    /** The declared type of the variable a name refers to, if it is written down. */
    public static Optional<Type> declaredType(NameExpr name, TypeNames names) {
        return declaredType(name.getNameAsString(), name, names);
    }

    /** The declared type of the variable {@code id} refers to at {@code place}, if it is written down. */
    public static Optional<Type> declaredType(String id, Node place, TypeNames names) {
        return of(id, place, names).flatMap(def -> {
            if (def instanceof Param param) {
                return Optional.of(param.type());
            }
            if (def instanceof Local local) {
                if (local.type().isVarType()) {
                    for (Expression value : local.values()) {
                        if (value instanceof ObjectCreationExpr creation) {
                            return Optional.of(creation.getType());
                        }
                        if (value instanceof com.github.javaparser.ast.expr.CastExpr cast) {
                            return Optional.of(cast.getType());
                        }
                    }
                    return Optional.empty();
                }
                return Optional.of(local.type());
            }
            if (def instanceof Field field) {
                return Optional.of(field.variable().getType());
            }
            return Optional.empty();
        });
    }

    private static Optional<Definition> local(CallableDeclaration<?> callable, String id) {
        for (Parameter p : callable.getParameters()) {
            if (p.getNameAsString().equals(id)) {
                return Optional.of(new Param(p.getType(), p));
            }
        }
        List<Expression> values = new ArrayList<>();
        Type type = null;
        for (VariableDeclarator variable : TreeFacts.declarators(callable, id)) {
            if (!(variable.getParentNode().orElse(null) instanceof FieldDeclaration)) {
                type = variable.getType();
                variable.getInitializer().ifPresent(values::add);
            }
        }
        if (type == null) {
            return Optional.empty();
        }
        for (AssignExpr assign : TreeFacts.assignmentsTo(callable, id)) {
            if (assign.getOperator() == AssignExpr.Operator.ASSIGN && assign.getTarget() instanceof NameExpr) {
                values.add(assign.getValue());
            }
        }
        return Optional.of(new Local(values, type));
    }

    /** Values assigned to {@code id} or {@code this.id} anywhere in the type. */
    private static List<Expression> assignedIn(TypeDeclaration<?> type, String id) {
        List<Expression> values = new ArrayList<>();
        for (AssignExpr assign : TreeFacts.assignmentsTo(type, id)) {
            Expression target = assign.getTarget();
            boolean named = target instanceof NameExpr name && name.getNameAsString().equals(id)
                            && !shadowedByLocal(assign, id)
                    || target instanceof com.github.javaparser.ast.expr.FieldAccessExpr access
                            && access.getScope().isThisExpr() && access.getNameAsString().equals(id);
            if (named && assign.getOperator() == AssignExpr.Operator.ASSIGN) {
                values.add(assign.getValue());
            }
        }
        return values;
    }

    /** True if the method around {@code node} declares a parameter or local named {@code id}. */
    private static boolean shadowedByLocal(Node node, String id) {
        return node.findAncestor(CallableDeclaration.class).map(callable -> local(callable, id).isPresent()).orElse(false);
    }

    /**
     * The field a qualified reference such as {@code Views.HOME} names, when {@code Views} is a type
     * declared in the same file.
     */
    public static Optional<Field> sameFileField(String typeName, String id, TypeNames names) {
        return names.declaredType(typeName).flatMap(type -> fieldOf(type, id));
    }

    /** The field named {@code id} declared by {@code type}. */
    public static Optional<Field> fieldOf(TypeDeclaration<?> type, String id) {
        return field(type, id).map(Field.class::cast);
    }

    /** The field named {@code id} of the innermost enclosing class that has one ({@code this.id}). */
    public static Optional<Definition> enclosingField(Node node, String id) {
        Node scope = node;
        while ((scope = scope.getParentNode().orElse(null)) != null) {
            if (scope instanceof TypeDeclaration<?> type) {
                Optional<Definition> field = field(type, id).or(() -> inheritedField(type, id));
                if (field.isPresent()) {
                    return field;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Definition> field(TypeDeclaration<?> type, String id) {
        for (FieldDeclaration field : type.getFields()) {
            for (VariableDeclarator variable : field.getVariables()) {
                if (variable.getNameAsString().equals(id)) {
                    boolean interfaceConstant = type instanceof ClassOrInterfaceDeclaration declaration
                            && declaration.isInterface();
                    boolean isFinal = field.isFinal() || interfaceConstant;
                    List<Expression> values = new ArrayList<>();
                    if (isFinal || field.getAnnotations().isEmpty()) {
                        variable.getInitializer().ifPresent(values::add);
                    }
                    if (!isFinal && field.getAnnotations().isEmpty()) {
                        values.addAll(assignedIn(type, id));
                    }
                    return Optional.of(new Field(variable, isFinal, values));
                }
            }
        }
        return Optional.empty();
    }
}
