package dev.redirectlint.java;

import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The methods an instance of a class has: its own, then those it inherits and does not override, from its
 * superclasses (at any depth, in any file) and default methods of its interfaces. A framework registers the
 * inherited handler methods of a base class for each concrete class that extends it.
 */
public final class ClassMethods {

    /**
     * A method of the class, maybe inherited.
     *
     * @param names the names of the file that declares it, to read its annotations and types by
     */
    public record Member(MethodDeclaration method, TypeNames names) {}

    private ClassMethods() {}

    public static List<Member> of(TypeDeclaration<?> type, TypeNames names) {
        List<Member> members = new ArrayList<>();
        for (MethodDeclaration method : type.getMethods()) {
            members.add(new Member(method, names));
        }
        for (Hierarchy.Supertype supertype : Hierarchy.supertypes(type, names)) {
            boolean defaultsOnly = supertype.declaration().isInterface();
            for (MethodDeclaration method : supertype.declaration().getMethods()) {
                if ((!defaultsOnly || method.isDefault()) && !method.isPrivate() && !method.isStatic()
                        && method.getBody().isPresent()
                        && members.stream().noneMatch(member -> overrides(member.method(), method))) {
                    members.add(new Member(method, supertype.names()));
                }
            }
        }
        return members;
    }

    /**
     * True if {@code method} overrides (or is) {@code inherited}: the same name and parameters, a parameter
     * of a type variable ({@code T} of {@code AbstractCrudController<T>}) matching any type, as erasure does.
     */
    public static boolean overrides(MethodDeclaration method, MethodDeclaration inherited) {
        if (!method.getNameAsString().equals(inherited.getNameAsString())
                || method.getParameters().size() != inherited.getParameters().size()) {
            return false;
        }
        Set<String> variables = typeVariables(inherited);
        for (int i = 0; i < method.getParameters().size(); i++) {
            String mine = erased(method.getParameter(i).getType().asString());
            String theirs = erased(inherited.getParameter(i).getType().asString());
            if (!mine.equals(theirs) && !variables.contains(theirs)) {
                return false;
            }
        }
        return true;
    }

    /** The type variables in scope of a method: its own and its class's. */
    private static Set<String> typeVariables(MethodDeclaration method) {
        Set<String> variables = new HashSet<>();
        method.getTypeParameters().forEach(p -> variables.add(p.getNameAsString()));
        method.findAncestor(ClassOrInterfaceDeclaration.class)
                .ifPresent(owner -> owner.getTypeParameters().forEach(p -> variables.add(p.getNameAsString())));
        return variables;
    }

    /** A written type without type arguments and qualification: {@code Map} for {@code java.util.Map<K, V>}. */
    private static String erased(String written) {
        String raw = written.replaceAll("<.*>", "");
        return raw.substring(raw.lastIndexOf('.') + 1);
    }

    /** True for a class whose instances a framework can create: not an interface, not abstract. */
    public static boolean isConcrete(TypeDeclaration<?> type) {
        return !(type instanceof ClassOrInterfaceDeclaration declaration)
                || !declaration.isInterface() && !declaration.isAbstract();
    }
}
