package dev.redirectlint.java;

import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Supertypes of a class that the source shows: declared in the same file, or in another file of the
 * project (through {@link ProjectTypes}). Frameworks inherit mapping annotations from them (Spring's
 * TYPE_HIERARCHY search, JAX-RS annotation inheritance), and a servlet may extend HttpServlet through
 * a base class. Each supertype comes with the names of its own file, to resolve its annotations by.
 */
public final class Hierarchy {

    /** A supertype and the names of the file that declares it. */
    public record Supertype(ClassOrInterfaceDeclaration declaration, TypeNames names) {}

    /** A method of a supertype that a method overrides, with the names of its file. */
    public record Overridden(MethodDeclaration method, TypeNames names) {}

    private static final int MAX_DEPTH = 16;

    private Hierarchy() {}

    /** Every known supertype, nearest first; worked out once per type (and what that read is replayed). */
    public static List<Supertype> supertypes(TypeDeclaration<?> type, TypeNames names) {
        Optional<SourceFile> file = SourceFile.of(type);
        if (file.isEmpty() || file.get().names() != names) {
            return collectAll(type, names);
        }
        return names.index().memo(file.get(), new Key(new NodeIdentity(type)), () -> collectAll(type, names));
    }

    /** The memo's key of a type's supertypes, by the type's identity. */
    private record Key(NodeIdentity type) {}

    private static List<Supertype> collectAll(TypeDeclaration<?> type, TypeNames names) {
        // By identity: a node's equals and hashCode walk the whole subtree.
        Map<ClassOrInterfaceDeclaration, Supertype> found = new IdentityHashMap<>();
        List<Supertype> order = new ArrayList<>();
        collect(type, names, found, order, 0);
        return List.copyOf(order);
    }

    /** Methods of known supertypes with the same name and number of parameters. */
    public static List<Overridden> overridden(TypeDeclaration<?> type, MethodDeclaration method, TypeNames names) {
        List<Overridden> overridden = new ArrayList<>();
        for (Supertype supertype : supertypes(type, names)) {
            for (MethodDeclaration candidate : supertype.declaration().getMethodsByName(method.getNameAsString())) {
                if (candidate.getParameters().size() == method.getParameters().size()) {
                    overridden.add(new Overridden(candidate, supertype.names()));
                }
            }
        }
        return overridden;
    }

    /**
     * The qualified names of a concrete class and of the classes between it and a base class it inherits from
     * (the base itself left out): the code a base class's template method runs "in the subclass". By name, not
     * identity, because a file parsed again is a new tree. Empty when the two are one class.
     */
    public static Set<String> between(TypeDeclaration<?> concrete, TypeDeclaration<?> base) {
        String baseName = qualifiedName(base);
        String concreteName = qualifiedName(concrete);
        if (concreteName.equals(baseName)) {
            return Set.of();
        }
        Set<String> names = new HashSet<>();
        names.add(concreteName);
        SourceFile.of(concrete).ifPresent(file -> {
            for (Supertype supertype : supertypes(concrete, file.names())) {
                String name = qualifiedName(supertype.declaration());
                if (!name.equals(baseName) && supertypes(supertype.declaration(), supertype.names()).stream()
                        .anyMatch(above -> qualifiedName(above.declaration()).equals(baseName))) {
                    names.add(name);
                }
            }
        });
        return Set.copyOf(names);
    }

    /** The type's qualified name, or its simple name when it has none (a local class). */
    public static String qualifiedName(TypeDeclaration<?> type) {
        return type.getFullyQualifiedName().orElseGet(type::getNameAsString);
    }

    /** The written names of the direct supertypes, each with the names to resolve it by. */
    public static List<ClassOrInterfaceType> directSupertypes(TypeDeclaration<?> type) {
        if (!(type instanceof ClassOrInterfaceDeclaration declaration)) {
            return List.of();
        }
        List<ClassOrInterfaceType> parents = new ArrayList<>(declaration.getExtendedTypes());
        parents.addAll(declaration.getImplementedTypes());
        return parents;
    }

    private static void collect(TypeDeclaration<?> type, TypeNames names, Map<ClassOrInterfaceDeclaration, Supertype> found,
            List<Supertype> order, int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        for (ClassOrInterfaceType parent : directSupertypes(type)) {
            resolve(parent, names).filter(s -> s.declaration() != type).ifPresent(supertype -> {
                if (found.putIfAbsent(supertype.declaration(), supertype) == null) {
                    order.add(supertype);
                    collect(supertype.declaration(), supertype.names(), found, order, depth + 1);
                }
            });
        }
    }

    private static Optional<Supertype> resolve(ClassOrInterfaceType parent, TypeNames names) {
        String written = parent.getNameWithScope();
        Optional<TypeDeclaration<?>> local = names.declaredType(parent.getNameAsString());
        if (local.isPresent()) {
            return local.filter(ClassOrInterfaceDeclaration.class::isInstance)
                    .map(t -> new Supertype((ClassOrInterfaceDeclaration) t, names));
        }
        Optional<String> qualified = names.projectTypeName(written);
        if (qualified.isPresent() && !names.index().contributes(qualified.get())) {
            return Optional.empty(); // a marker interface and the like: nothing to read, nothing to parse
        }
        return names.projectType(written)
                .filter(indexed -> indexed.declaration() instanceof ClassOrInterfaceDeclaration)
                .map(indexed -> new Supertype((ClassOrInterfaceDeclaration) indexed.declaration(), indexed.names()));
    }
}
