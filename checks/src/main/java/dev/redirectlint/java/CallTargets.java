package dev.redirectlint.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.LocalClassDeclarationStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Which project methods a call can run, without a symbol solver, resolving only what the source states:
 * <ul>
 *   <li>a call without a receiver, or on {@code this}: the most specific method of the class whose
 *   instance runs the code ({@code dispatch}: the concrete handler class for a handler and what it calls on
 *   itself, so a base class's template method reaches the subclass's override), else of the class around
 *   the call and its outer classes, else a statically imported method;</li>
 *   <li>{@code super.m()}: the superclass's method of the class that declares the calling code;</li>
 *   <li>{@code Type.m()}: that type's (or an inherited) static method, also of a Lombok {@code @UtilityClass};</li>
 *   <li>{@code x.m()} with {@code x} a local, parameter or field (inherited ones too) declared with a project
 *   type, and {@code new X(...).m()}: each implementation that type and its subtypes give the method
 *   ({@link ProjectTypes#implementations}), as the wiring that picks one is not in the source.</li>
 * </ul>
 * A call of a library method, or on a receiver whose type is not written down, resolves to nothing: an
 * unresolved call is never guessed, and a method that merely shares the name never counts.
 */
public final class CallTargets {

    /**
     * A method a call runs.
     *
     * @param method its declaration, with a body
     * @param dispatch the class whose instance runs it: where calls on {@code this} inside it are looked up
     */
    public record Target(MethodDeclaration method, TypeDeclaration<?> dispatch) {

        public SourceFile file() {
            return SourceFile.require(method);
        }
    }

    private static final int MAX_HIERARCHY = 16;

    private CallTargets() {}

    /** The methods the call may run, when the code around it runs on an instance of {@code dispatch}. */
    public static List<Target> of(MethodCallExpr call, TypeDeclaration<?> dispatch) {
        return of(call, dispatch, pruned -> { });
    }

    /**
     * Like {@link #of(MethodCallExpr, TypeDeclaration)}; a call of a project method of another file that the
     * lexical pass found cannot lead to a redirect is not followed (its file is not parsed for it), and is
     * handed to {@code pruned}.
     */
    public static List<Target> of(MethodCallExpr call, TypeDeclaration<?> dispatch, Consumer<MethodCallExpr> pruned) {
        return of(call, dispatch, pruned, true);
    }

    /**
     * Every method the call may run, those the lexical pass found cannot redirect included: a helper that only
     * joins its arguments passes on the {@code "redirect:"} its caller gives it.
     */
    public static List<Target> unpruned(MethodCallExpr call, TypeDeclaration<?> dispatch) {
        return of(call, dispatch, pruned -> { }, false);
    }

    private static List<Target> of(MethodCallExpr call, TypeDeclaration<?> dispatch, Consumer<MethodCallExpr> pruned,
            boolean prune) {
        SourceFile file = SourceFile.of(call).orElse(null);
        if (file == null) {
            return List.of();
        }
        TypeNames names = file.names();
        Optional<Expression> scope = call.getScope().map(CallTargets::unwrap);
        String name = call.getNameAsString();
        int arguments = call.getArguments().size();
        if (scope.isEmpty() || scope.get().isThisExpr()) {
            if (insideAnonymousOrLocalClass(call)) {
                return List.of(); // its own methods, which this does not read
            }
            TypeDeclaration<?> enclosing = call.findAncestor(TypeDeclaration.class).orElse(null);
            if (enclosing == null) {
                return List.of();
            }
            if (dispatch != null && (enclosing == dispatch || isSupertype(enclosing, dispatch))) {
                List<Target> own = lookup(dispatch, name, arguments, dispatch);
                if (!own.isEmpty()) {
                    return own;
                }
            }
            // The class around the call, then (for a call without a receiver) its outer classes.
            for (Node outer = enclosing; outer != null; outer = outer.getParentNode().orElse(null)) {
                if (outer instanceof TypeDeclaration<?> type) {
                    List<Target> found = lookup(type, name, arguments, type);
                    if (!found.isEmpty() || scope.isPresent()) {
                        return found;
                    }
                }
            }
            return scope.isEmpty() ? staticallyImported(names, name, arguments, call, pruned, prune) : List.of();
        }
        Expression receiver = scope.get();
        if (receiver.isSuperExpr()) {
            TypeDeclaration<?> enclosing = call.findAncestor(TypeDeclaration.class).orElse(null);
            Optional<TypeDeclaration<?>> superclass = enclosing == null ? Optional.empty() : superclass(enclosing);
            return superclass.map(type -> lookup(type, name, arguments, dispatch != null ? dispatch : type))
                    .orElse(List.of());
        }
        if (receiver instanceof ObjectCreationExpr creation && creation.getAnonymousClassBody().isEmpty()) {
            if (prune && prunes(creation.getType(), creation, name)) {
                pruned.accept(call);
                return List.of();
            }
            return typeOf(creation.getType(), creation).map(type -> lookup(type, name, arguments, type)).orElse(List.of());
        }
        if (receiver instanceof NameExpr variable) {
            Optional<Definitions.Definition> definition = Definitions.of(variable, names);
            if (definition.isPresent()) {
                Optional<Type> declared = writtenType(definition.get());
                if (prune && declared.isPresent() && prunes(declared.get(), declared.get(), name)) {
                    pruned.accept(call);
                    return List.of();
                }
                Optional<String> bean = requestedBean(definition.get());
                return declaredTypeName(definition.get()).map(type -> virtual(type, names, name, arguments, bean))
                        .orElse(List.of());
            }
            if (prune && prunes(variable.getNameAsString(), names, name)) {
                pruned.accept(call);
                return List.of();
            }
            return namedType(variable.getNameAsString(), names).map(type -> lookup(type, name, arguments, type))
                    .orElse(List.of());
        }
        if (receiver instanceof FieldAccessExpr access) {
            if (access.getScope().isThisExpr()) {
                Optional<Definitions.Definition> field = Definitions.enclosingField(access, access.getNameAsString());
                Optional<Type> declared = field.flatMap(CallTargets::writtenType);
                if (prune && declared.isPresent() && prunes(declared.get(), declared.get(), name)) {
                    pruned.accept(call);
                    return List.of();
                }
                Optional<String> bean = field.flatMap(CallTargets::requestedBean);
                return field.flatMap(CallTargets::declaredTypeName)
                        .map(type -> virtual(type, names, name, arguments, bean)).orElse(List.of());
            }
            if (prune && prunes(access.toString(), names, name)) {
                pruned.accept(call);
                return List.of();
            }
            return namedType(access.toString(), names).map(type -> lookup(type, name, arguments, type)).orElse(List.of());
        }
        return List.of();
    }

    /**
     * True if the written type is a project type of another file none of whose methods named {@code method}
     * (nor its supertypes' or subtypes') can lead to a redirect, as the lexical pass found.
     */
    private static boolean prunes(Type type, Node place, String method) {
        if (!(type instanceof ClassOrInterfaceType classType)) {
            return false;
        }
        return SourceFile.of(place).map(file -> prunes(classType.getNameWithScope(), file.names(), method)).orElse(false);
    }

    private static boolean prunes(String written, TypeNames names, String method) {
        int dot = written.indexOf('.');
        if (names.declaredType(dot < 0 ? written : written.substring(0, dot)).isPresent()) {
            return false; // a type of this file: already parsed
        }
        return names.projectTypeName(written).filter(fqn -> !names.index().mayReachRedirect(fqn, method)).isPresent();
    }

    private static Optional<String> requestedBean(Definitions.Definition definition) {
        return definition instanceof Definitions.Field field ? BeanNames.requested(field) : Optional.empty();
    }

    /**
     * A call on a variable: each implementation its declared type and subtypes have (a handful at most); of a
     * field injected by bean name, the implementation registered under that name when the source shows one.
     */
    private static List<Target> virtual(String qualified, TypeNames names, String name, int arguments,
            Optional<String> bean) {
        List<Target> targets = new ArrayList<>();
        List<ProjectTypes.ProjectType> implementations = bean.isPresent()
                ? names.index().implementations(qualified, name, arguments, bean.get())
                : names.index().implementations(qualified, name, arguments);
        for (ProjectTypes.ProjectType implementation : implementations) {
            targets.addAll(lookup(implementation.declaration(), name, arguments, implementation.declaration()));
        }
        return targets;
    }

    /**
     * The qualified name of the project type a variable is declared with, read with the names of the file that
     * declares it. By name: the calls through it run its implementations, which the type index knows without
     * parsing the declared type (an interface, often, in a file of its own).
     */
    private static Optional<String> declaredTypeName(Definitions.Definition definition) {
        return writtenType(definition).flatMap(type -> type instanceof ClassOrInterfaceType classType
                ? SourceFile.of(type).flatMap(file -> namedTypeName(classType.getNameWithScope(), file.names()))
                : Optional.empty());
    }

    /** Like {@link #namedType}, the qualified name alone: a type of another file is not parsed for it. */
    private static Optional<String> namedTypeName(String written, TypeNames names) {
        int dot = written.indexOf('.');
        Optional<TypeDeclaration<?>> local = names.declaredType(dot < 0 ? written : written.substring(0, dot));
        if (local.isPresent()) {
            return namedType(written, names).flatMap(TypeDeclaration::getFullyQualifiedName);
        }
        return names.projectTypeName(written);
    }

    /** The type a variable is declared with, as written (for {@code var}, the type it is created with). */
    private static Optional<Type> writtenType(Definitions.Definition definition) {
        if (definition instanceof Definitions.Param param) {
            return Optional.of(param.type());
        }
        if (definition instanceof Definitions.Local local) {
            return local.type().isVarType() ? varType(local) : Optional.of(local.type());
        }
        if (definition instanceof Definitions.Field field) {
            return Optional.of(field.variable().getType());
        }
        return Optional.empty();
    }

    private static Optional<Type> varType(Definitions.Local local) {
        for (Expression value : local.values()) {
            if (value instanceof ObjectCreationExpr creation) {
                return Optional.of(creation.getType());
            }
        }
        return Optional.empty();
    }

    /** The project type a written type denotes, in the file where it is written. */
    private static Optional<TypeDeclaration<?>> typeOf(Type type, Node place) {
        if (!(type instanceof ClassOrInterfaceType classType)) {
            return Optional.empty();
        }
        return SourceFile.of(place).flatMap(file -> namedType(classType.getNameWithScope(), file.names()));
    }

    /** A type of this file or of the project, by the name written here. */
    static Optional<TypeDeclaration<?>> namedType(String written, TypeNames names) {
        int dot = written.indexOf('.');
        Optional<TypeDeclaration<?>> local = names.declaredType(dot < 0 ? written : written.substring(0, dot));
        if (local.isPresent()) {
            if (dot < 0) {
                return local;
            }
            Optional<String> fqn = local.get().getFullyQualifiedName();
            return fqn.flatMap(f -> names.index().find(f + written.substring(dot))).map(ProjectTypes.ProjectType::declaration)
                    .or(() -> nestedByName(local.get(), written.substring(dot + 1)));
        }
        return names.projectType(written).map(ProjectTypes.ProjectType::declaration);
    }

    private static Optional<TypeDeclaration<?>> nestedByName(TypeDeclaration<?> outer, String path) {
        TypeDeclaration<?> current = outer;
        for (String part : path.split("\\.")) {
            TypeDeclaration<?> next = null;
            for (var member : current.getMembers()) {
                if (member instanceof TypeDeclaration<?> type && type.getNameAsString().equals(part)) {
                    next = type;
                }
            }
            if (next == null) {
                return Optional.empty();
            }
            current = next;
        }
        return Optional.of(current);
    }

    /** {@code import static a.b.WebUtils.redirectHome;} (or {@code WebUtils.*}) and a call {@code redirectHome(...)}. */
    private static List<Target> staticallyImported(TypeNames names, String name, int arguments, MethodCallExpr call,
            Consumer<MethodCallExpr> pruned, boolean prune) {
        for (String owner : names.staticImportOwners(name)) {
            if (prune && names.index().exists(owner) && !names.index().mayReachRedirect(owner, name)) {
                pruned.accept(call);
                continue;
            }
            Optional<ProjectTypes.ProjectType> type = names.index().find(owner);
            if (type.isPresent()) {
                List<Target> found = lookup(type.get().declaration(), name, arguments, type.get().declaration());
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        return List.of();
    }

    /**
     * The methods of that name and arity with a body, in the type or, if it has none, in the nearest
     * superclass that has one, else in an interface (a default method).
     */
    public static List<Target> lookup(TypeDeclaration<?> type, String name, int arguments, TypeDeclaration<?> dispatch) {
        TypeDeclaration<?> current = type;
        for (int depth = 0; current != null && depth < MAX_HIERARCHY; depth++) {
            List<Target> found = declared(current, name, arguments, dispatch);
            if (!found.isEmpty()) {
                return found;
            }
            current = superclass(current).orElse(null);
        }
        TypeNames names = SourceFile.of(type).map(SourceFile::names).orElse(null);
        if (names != null) {
            for (Hierarchy.Supertype supertype : Hierarchy.supertypes(type, names)) {
                if (supertype.declaration().isInterface()) {
                    List<Target> found = declared(supertype.declaration(), name, arguments, dispatch);
                    if (!found.isEmpty()) {
                        return found;
                    }
                }
            }
        }
        return List.of();
    }

    private static List<Target> declared(TypeDeclaration<?> type, String name, int arguments, TypeDeclaration<?> dispatch) {
        List<Target> found = new ArrayList<>();
        for (MethodDeclaration method : type.getMethodsByName(name)) {
            int parameters = method.getParameters().size();
            boolean varargs = parameters > 0 && method.getParameter(parameters - 1).isVarArgs();
            if (method.getBody().isPresent() && (parameters == arguments || varargs && arguments >= parameters - 1)) {
                found.add(new Target(method, dispatch));
            }
        }
        return found;
    }

    /** The class a class extends, when the source shows it (this file or the project). */
    public static Optional<TypeDeclaration<?>> superclass(TypeDeclaration<?> type) {
        if (!(type instanceof ClassOrInterfaceDeclaration declaration) || declaration.isInterface()
                || declaration.getExtendedTypes().isEmpty()) {
            return Optional.empty();
        }
        ClassOrInterfaceType parent = declaration.getExtendedTypes(0);
        return SourceFile.of(type).flatMap(file -> namedType(parent.getNameWithScope(), file.names()))
                .filter(found -> found != type);
    }

    /** True if {@code ancestor} is a supertype of {@code type} that the source shows. */
    private static boolean isSupertype(TypeDeclaration<?> ancestor, TypeDeclaration<?> type) {
        TypeNames names = SourceFile.of(type).map(SourceFile::names).orElse(null);
        if (names == null) {
            return false;
        }
        for (Hierarchy.Supertype supertype : Hierarchy.supertypes(type, names)) {
            if (supertype.declaration() == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static Expression unwrap(Expression expression) {
        Expression current = expression;
        while (current instanceof EnclosedExpr enclosed) {
            current = enclosed.getInner();
        }
        return current;
    }

    /** True if the node is in an anonymous class body or a local class, before any named member type. */
    static boolean insideAnonymousOrLocalClass(Node node) {
        Node current = node.getParentNode().orElse(null);
        while (current != null) {
            if (current instanceof ObjectCreationExpr creation && creation.getAnonymousClassBody().isPresent()) {
                return true;
            }
            if (current instanceof TypeDeclaration<?>) {
                return current.getParentNode().filter(LocalClassDeclarationStmt.class::isInstance).isPresent();
            }
            current = current.getParentNode().orElse(null);
        }
        return false;
    }
}
