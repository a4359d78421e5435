package dev.redirectlint.java;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves names as written in one compilation unit to fully qualified names, the way javac does for
 * the types redirect-lint knows: types declared in the file shadow imports, single-type imports
 * shadow wildcard imports, and a wildcard import only supplies a type the catalogue knows to live in
 * that package. A name that cannot be resolved this way is not one of ours.
 */
public final class TypeNames {

    private final List<TypeDeclaration<?>> allTypes = new ArrayList<>();
    private final Map<String, TypeDeclaration<?>> declaredTypes = new HashMap<>();
    private final Map<String, String> singleImports = new HashMap<>();
    private final List<String> wildcardImports = new ArrayList<>();
    private final Map<String, String> staticMemberImports = new HashMap<>();
    private final List<String> staticWildcardImports = new ArrayList<>();
    private final CompilationUnit unit;
    private final List<String> importNames = new ArrayList<>();
    private final ProjectTypes index;
    private final String packageName;

    /** Names of a file analysed on its own. */
    public TypeNames(CompilationUnit unit) {
        this(unit, ProjectTypes.NONE);
    }

    /** Names of a file in a project whose other files are indexed. */
    public TypeNames(CompilationUnit unit, ProjectTypes index) {
        this.unit = unit;
        this.index = index;
        this.packageName = unit.getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
        for (TypeDeclaration<?> type : unit.findAll(TypeDeclaration.class)) {
            allTypes.add(type);
            declaredTypes.putIfAbsent(type.getNameAsString(), type);
        }
        for (ImportDeclaration imp : unit.getImports()) {
            String name = imp.getNameAsString();
            importNames.add(name);
            if (imp.isStatic()) {
                if (imp.isAsterisk()) {
                    staticWildcardImports.add(name);
                } else {
                    staticMemberImports.put(simpleName(name), name);
                }
            } else if (imp.isAsterisk()) {
                wildcardImports.add(name);
            } else {
                singleImports.put(simpleName(name), name);
            }
        }
    }

    public CompilationUnit unit() {
        return unit;
    }

    /** The project's other files, as far as the analysis can see them. */
    public ProjectTypes index() {
        return index;
    }

    /** Every type declared in this file, nested ones included, in source order. */
    public List<TypeDeclaration<?>> declaredTypes() {
        return Collections.unmodifiableList(allTypes);
    }

    /**
     * A type of another file of the project that a name written here refers to: through a
     * single-type import, the file's own package, or a wildcard import, in that order.
     */
    public Optional<ProjectTypes.ProjectType> projectType(String written) {
        if (index.isEmpty() || declaredTypes.containsKey(written)) {
            return Optional.empty();
        }
        int dot = written.indexOf('.');
        String first = dot < 0 ? written : written.substring(0, dot);
        String rest = dot < 0 ? "" : written.substring(dot);
        String imported = singleImports.get(first);
        if (imported != null) {
            return index.find(imported + rest);
        }
        Optional<ProjectTypes.ProjectType> found = index.find(packageName.isEmpty() ? written : packageName + "." + written);
        for (int i = 0; found.isEmpty() && i < wildcardImports.size(); i++) {
            found = index.find(wildcardImports.get(i) + "." + written);
        }
        return found.isPresent() ? found : index.find(written);
    }

    /**
     * The types a statically imported member of that simple name may belong to: the owner of a single
     * static import of it, then the owners of static wildcard imports.
     */
    public List<String> staticImportOwners(String simpleName) {
        List<String> owners = new ArrayList<>();
        String imported = staticMemberImports.get(simpleName);
        if (imported != null) {
            owners.add(packageOf(imported));
        }
        owners.addAll(staticWildcardImports);
        return owners;
    }

    /**
     * The qualified name of the project type a name written here refers to, as {@link #projectType} finds
     * it, without parsing that type's file.
     */
    public Optional<String> projectTypeName(String written) {
        if (index.isEmpty() || declaredTypes.containsKey(written)) {
            return Optional.empty();
        }
        int dot = written.indexOf('.');
        String first = dot < 0 ? written : written.substring(0, dot);
        String rest = dot < 0 ? "" : written.substring(dot);
        String imported = singleImports.get(first);
        if (imported != null) {
            return Optional.of(imported + rest).filter(index::exists);
        }
        List<String> candidates = new ArrayList<>();
        candidates.add(packageName.isEmpty() ? written : packageName + "." + written);
        wildcardImports.forEach(pkg -> candidates.add(pkg + "." + written));
        candidates.add(written);
        return candidates.stream().filter(index::exists).findFirst();
    }

    /** The project type a static import names the owner of, with the member's simple name. */
    public Optional<ProjectTypes.ProjectType> staticImportOwner(String qualifiedMember) {
        return index.find(packageOf(qualifiedMember));
    }

    /** The type (class, interface, enum, record or annotation) of that simple name declared in this file. */
    public Optional<TypeDeclaration<?>> declaredType(String simpleName) {
        return Optional.ofNullable(declaredTypes.get(simpleName));
    }

    /** Resolves a type name as written ({@code HttpStatus}, {@code Response.Status}, or qualified). */
    public Optional<String> resolveType(String written) {
        int dot = written.indexOf('.');
        String first = dot < 0 ? written : written.substring(0, dot);
        String rest = dot < 0 ? "" : written.substring(dot);
        if (declaredTypes.containsKey(first)) {
            return Optional.empty();
        }
        String imported = singleImports.get(first);
        if (imported != null) {
            return Optional.of(imported + rest);
        }
        if (KnownTypes.isKnown(written)) {
            return Optional.of(written);
        }
        for (String pkg : wildcardImports) {
            if (KnownTypes.isKnown(pkg + "." + first)) {
                return Optional.of(pkg + "." + first + rest);
            }
        }
        return Optional.empty();
    }

    /**
     * Resolves a type as written where it is declared: a field a superclass in another file declares is
     * resolved through that file's imports, not this one's.
     */
    public Optional<String> resolveType(Type type) {
        if (!(type instanceof ClassOrInterfaceType classType)) {
            return Optional.empty();
        }
        Optional<CompilationUnit> home = type.findCompilationUnit();
        if (home.isPresent() && home.get() != unit) {
            Optional<SourceFile> file = SourceFile.of(type);
            if (file.isPresent()) {
                return file.get().names().resolveType(classType.getNameWithScope());
            }
        }
        return resolveType(classType.getNameWithScope());
    }

    /** True if the written type name resolves to one of {@code fqns}. */
    public boolean isType(String written, Set<String> fqns) {
        return resolveType(written).filter(fqns::contains).isPresent();
    }

    public boolean isType(Type type, Set<String> fqns) {
        return resolveType(type).filter(fqns::contains).isPresent();
    }

    /**
     * The qualified member ({@code owner.NAME}) a simple name refers to through a static import, if
     * the caller has already ruled out locals and fields of that name.
     */
    public Optional<String> resolveStaticMember(String simpleName) {
        String imported = staticMemberImports.get(simpleName);
        if (imported != null) {
            return Optional.of(imported);
        }
        for (String owner : staticWildcardImports) {
            String candidate = owner + "." + simpleName;
            if (KnownTypes.isKnownMember(candidate)) {
                return Optional.of(candidate);
            }
        }
        // a project class's constants brought in all at once (import static shop.web.Views.*)
        for (String owner : staticWildcardImports) {
            if (index.find(owner).filter(type -> Definitions.fieldOf(type.declaration(), simpleName).isPresent())
                    .isPresent()) {
                return Optional.of(owner + "." + simpleName);
            }
        }
        return Optional.empty();
    }

    /**
     * The qualified name of a field reference such as {@code HttpStatus.FOUND} or
     * {@code Response.Status.FOUND}, resolving its scope as a type.
     */
    public Optional<String> resolveStaticField(FieldAccessExpr access) {
        Expression scope = access.getScope();
        if (scope instanceof NameExpr || scope instanceof FieldAccessExpr) {
            return resolveType(scope.toString()).map(owner -> owner + "." + access.getNameAsString());
        }
        return Optional.empty();
    }

    /** True if a single-type import names exactly this type (a wildcard import does not count). */
    public boolean importsExactly(String fqn) {
        return fqn.equals(singleImports.get(simpleName(fqn)));
    }

    /** True if a non-static import names this exact type, so its simple name can be used. */
    public boolean imports(String fqn) {
        return fqn.equals(singleImports.get(simpleName(fqn))) || wildcardImports.contains(packageOf(fqn));
    }

    /** True if writing {@code simpleName} would mean something other than {@code fqn}. */
    public boolean clashes(String fqn) {
        String simple = simpleName(fqn);
        String imported = singleImports.get(simple);
        return (imported != null && !imported.equals(fqn)) || declaredTypes.containsKey(simple);
    }

    public boolean importsStatic(String member) {
        return member.equals(staticMemberImports.get(simpleName(member)))
                || staticWildcardImports.contains(packageOf(member));
    }

    /**
     * True if any import (of any kind) is under one of the prefixes, such as {@code "spark."}: a
     * wildcard import of the package itself ({@code import spark.*;}) counts.
     */
    public boolean importsAnyUnder(String... prefixes) {
        for (String imported : importNames) {
            for (String prefix : prefixes) {
                // "a.b.C" + "." starts with the prefix: a prefix without its dot, or a longer name.
                boolean under = imported.length() + 1 >= prefix.length()
                        && (imported.length() >= prefix.length() ? imported.startsWith(prefix)
                                : prefix.startsWith(imported) && prefix.charAt(imported.length()) == '.');
                if (under) {
                    return true;
                }
            }
        }
        return false;
    }

    public static String simpleName(String qualified) {
        return qualified.substring(qualified.lastIndexOf('.') + 1);
    }

    public static String packageOf(String qualified) {
        int dot = qualified.lastIndexOf('.');
        return dot < 0 ? "" : qualified.substring(0, dot);
    }
}
