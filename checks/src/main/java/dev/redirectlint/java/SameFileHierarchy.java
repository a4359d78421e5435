package dev.redirectlint.java;

import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Superclasses and interfaces declared in the same file, and the methods a method overrides there.
 * Frameworks inherit mapping annotations from them (Spring's TYPE_HIERARCHY search, JAX-RS annotation
 * inheritance). Types in other files need a project-wide index, which this per-file pass does not have.
 */
public final class SameFileHierarchy {

    private static final int MAX_DEPTH = 10;

    private SameFileHierarchy() {}

    /** Every supertype of {@code type} declared in its file, nearest first. */
    public static List<ClassOrInterfaceDeclaration> supertypes(TypeDeclaration<?> type, TypeNames names) {
        Set<ClassOrInterfaceDeclaration> found = new LinkedHashSet<>();
        collect(type, names, found, 0);
        return new ArrayList<>(found);
    }

    /** Methods of same-file supertypes with the same name and number of parameters. */
    public static List<MethodDeclaration> overridden(TypeDeclaration<?> type, MethodDeclaration method, TypeNames names) {
        List<MethodDeclaration> overridden = new ArrayList<>();
        for (ClassOrInterfaceDeclaration supertype : supertypes(type, names)) {
            for (MethodDeclaration candidate : supertype.getMethodsByName(method.getNameAsString())) {
                if (candidate.getParameters().size() == method.getParameters().size()) {
                    overridden.add(candidate);
                }
            }
        }
        return overridden;
    }

    private static void collect(TypeDeclaration<?> type, TypeNames names, Set<ClassOrInterfaceDeclaration> found,
            int depth) {
        if (!(type instanceof ClassOrInterfaceDeclaration declaration) || depth > MAX_DEPTH
                || declaration.getExtendedTypes().isEmpty() && declaration.getImplementedTypes().isEmpty()) {
            return;
        }
        List<ClassOrInterfaceType> parents = new ArrayList<>(declaration.getExtendedTypes());
        parents.addAll(declaration.getImplementedTypes());
        for (ClassOrInterfaceType parent : parents) {
            Optional<ClassOrInterfaceDeclaration> local = names.declaredType(parent.getNameAsString())
                    .filter(ClassOrInterfaceDeclaration.class::isInstance)
                    .map(ClassOrInterfaceDeclaration.class::cast)
                    .filter(c -> c != declaration);
            if (local.isPresent() && found.add(local.get())) {
                collect(local.get(), names, found, depth + 1);
            }
        }
    }
}
