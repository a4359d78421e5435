package dev.redirectlint.frameworks.faces;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.type.Type;
import dev.redirectlint.java.Definitions;
import dev.redirectlint.java.Hierarchy;
import dev.redirectlint.java.SourceFile;
import dev.redirectlint.java.TypeNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whether an expression is a Faces {@code ExternalContext}, {@code FacesContext} or {@code NavigationHandler},
 * by the types its parts are declared with (read through the imports, so that another class's {@code redirect}
 * does not count): a variable, parameter or field of the type ({@code var} by its value), a cast to it,
 * {@code FacesContext.getCurrentInstance().getExternalContext()} and the like, OmniFaces'
 * {@code Faces.getExternalContext()} and {@code Faces.getContext()}, or a method of the class (or a superclass)
 * declared to return one.
 */
final class FacesContexts {

    private FacesContexts() {}

    static boolean isExternalContext(Expression expression, TypeNames names) {
        Expression receiver = unwrap(expression);
        if (receiver instanceof MethodCallExpr call && call.getNameAsString().equals("getExternalContext")
                && call.getArguments().isEmpty() && call.getScope().isPresent()) {
            return isFacesContext(call.getScope().get(), names) || isOmniFaces(call.getScope().get(), names);
        }
        return varValues(receiver, names).stream().anyMatch(value -> isExternalContext(value, names))
                || isOfType(receiver, FacesTypes.EXTERNAL_CONTEXT, names);
    }

    static boolean isFacesContext(Expression expression, TypeNames names) {
        Expression receiver = unwrap(expression);
        if (receiver instanceof MethodCallExpr call && call.getArguments().isEmpty() && call.getScope().isPresent()) {
            String owner = call.getScope().get().toString(); // FacesContext, or written in full
            if (call.getNameAsString().equals("getCurrentInstance")) {
                return FacesTypes.FACES_CONTEXT.contains(owner) || names.isType(owner, FacesTypes.FACES_CONTEXT);
            }
            if (call.getNameAsString().equals("getContext")) {
                return isOmniFaces(call.getScope().get(), names);
            }
        }
        return varValues(receiver, names).stream().anyMatch(value -> isFacesContext(value, names))
                || isOfType(receiver, FacesTypes.FACES_CONTEXT, names);
    }

    /** OmniFaces' {@code Faces}, as the scope of one of its static methods. */
    private static boolean isOmniFaces(Expression scope, TypeNames names) {
        String written = scope.toString();
        return written.equals(FacesTypes.OMNIFACES_FACES) || names.isType(written, Set.of(FacesTypes.OMNIFACES_FACES));
    }

    /** What a {@code var} local is given: its declared type is that of its value. */
    private static List<Expression> varValues(Expression receiver, TypeNames names) {
        if (receiver instanceof NameExpr name && Definitions.of(name, names).orElse(null) instanceof Definitions.Local local
                && local.type().isVarType()) {
            return local.values();
        }
        return List.of();
    }

    /**
     * A {@code NavigationHandler} (or {@code ConfigurableNavigationHandler}): declared or cast as one, or
     * {@code getNavigationHandler()} of a {@code FacesContext}'s {@code getApplication()} or of an
     * {@code Application}.
     */
    static boolean isNavigationHandler(Expression expression, TypeNames names) {
        Expression receiver = unwrap(expression);
        if (receiver instanceof MethodCallExpr call && call.getNameAsString().equals("getNavigationHandler")
                && call.getArguments().isEmpty() && call.getScope().isPresent()) {
            Expression application = unwrap(call.getScope().get());
            if (application instanceof MethodCallExpr get && get.getNameAsString().equals("getApplication")
                    && get.getArguments().isEmpty() && get.getScope().isPresent()) {
                return isFacesContext(get.getScope().get(), names);
            }
            return isOfType(application, FacesTypes.APPLICATION, names);
        }
        return isOfType(receiver, FacesTypes.NAVIGATION_HANDLER, names);
    }

    private static Expression unwrap(Expression expression) {
        Expression receiver = expression;
        while (receiver instanceof EnclosedExpr enclosed) {
            receiver = enclosed.getInner();
        }
        return receiver;
    }

    /** A cast to the type, a name or {@code this.name} declared with it, or {@code helper()} returning it. */
    private static boolean isOfType(Expression receiver, Set<String> types, TypeNames names) {
        if (receiver instanceof CastExpr cast) {
            return names.isType(cast.getType(), types);
        }
        if (receiver instanceof NameExpr name) {
            return Definitions.declaredType(name, names).filter(type -> declaredAs(type, types, names)).isPresent();
        }
        if (receiver instanceof FieldAccessExpr access && access.getScope().isThisExpr()) {
            return Definitions.enclosingField(access, access.getNameAsString())
                    .map(field -> ((Definitions.Field) field).variable().getType())
                    .filter(type -> declaredAs(type, types, names)).isPresent();
        }
        if (receiver instanceof MethodCallExpr call && call.getScope().isEmpty() && call.getArguments().isEmpty()) {
            return ownMethods(call).stream().anyMatch(method -> declaredAs(method.getType(), types, names));
        }
        return false;
    }

    /** A type read with the names of the file that declares it (an inherited field's, a base class's method's). */
    private static boolean declaredAs(Type type, Set<String> types, TypeNames names) {
        if (type.isVarType()) {
            return false;
        }
        TypeNames own = SourceFile.of(type).map(SourceFile::names).orElse(names);
        return own.isType(type, types);
    }

    /** The methods of the call's class and its known superclasses that it may call: its name and arity. */
    static List<MethodDeclaration> ownMethods(MethodCallExpr call) {
        List<MethodDeclaration> methods = new ArrayList<>();
        Optional<TypeDeclaration> enclosing = call.findAncestor(TypeDeclaration.class);
        if (enclosing.isEmpty()) {
            return methods;
        }
        TypeDeclaration<?> type = enclosing.get();
        int arity = call.getArguments().size();
        collect(type, call.getNameAsString(), arity, methods);
        SourceFile.of(type).ifPresent(file -> Hierarchy.supertypes(type, file.names())
                .forEach(supertype -> collect(supertype.declaration(), call.getNameAsString(), arity, methods)));
        return methods;
    }

    private static void collect(TypeDeclaration<?> type, String name, int arity, List<MethodDeclaration> methods) {
        type.getMethodsByName(name).stream().filter(method -> method.getParameters().size() == arity
                && method.getBody().isPresent()).forEach(methods::add);
    }
}
