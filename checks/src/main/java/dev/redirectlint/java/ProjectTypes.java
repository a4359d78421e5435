package dev.redirectlint.java;

import com.github.javaparser.ast.body.TypeDeclaration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The types of the project's other files, as the analysis of one file sees them: found by qualified
 * name and parsed when first needed. The analysis of a file asks only through this, so that what it
 * read of other files can be recorded (and a cached result is reused only while those files stay as they were).
 */
public interface ProjectTypes {

    /** A file analysed on its own: no other file is known. */
    ProjectTypes NONE = new ProjectTypes() {
        @Override
        public Optional<ProjectType> find(String qualifiedName) {
            return Optional.empty();
        }

        @Override
        public List<ProjectType> implementations(String qualifiedName, String method, int arguments) {
            return List.of();
        }

        @Override
        public List<SourceFile> routeFiles(Set<String> routerTypes) {
            return List.of();
        }

        @Override
        public ProjectSettings settings() {
            return ProjectSettings.NONE;
        }

        @Override
        public boolean mayReachRedirect(String qualifiedName, String member) {
            return true;
        }

        @Override
        public boolean contributes(String qualifiedName) {
            return true;
        }

        @Override
        public boolean mayAnnotateMembers(String qualifiedName, Set<String> simpleNames) {
            return true;
        }

        @Override
        public boolean mayHaveMethod(String qualifiedName, Set<String> signatures) {
            return true;
        }

        @Override
        public boolean mayHaveField(String qualifiedName, String field) {
            return true;
        }

        @Override
        public boolean exists(String qualifiedName) {
            return false;
        }

        @Override
        public <T> T derived(Object key, Function<ProjectTypes, T> compute) {
            return compute.apply(this);
        }

        @Override
        public <T> T memo(SourceFile file, Object key, Supplier<T> compute) {
            return compute.get();
        }
    };

    /** A type declared in the project, by qualified name ({@code a.b.Outer.Inner}). */
    Optional<ProjectType> find(String qualifiedName);

    /**
     * The types whose method a call {@code x.method(...)} may run, when {@code x} is declared with the project
     * type {@code qualifiedName}: of that type and its subtypes that can be instantiated, each one's most
     * specific declaration of a method of that name and arity (with a body), distinct. With one, that one.
     * With several, which runs depends on how the application is wired (a Spring bean, a factory, a setting),
     * so each that redirects in its own body is one the handler may answer with; the others are not followed
     * further, and a type with more than a handful (a plug-in point) gives none.
     */
    List<ProjectType> implementations(String qualifiedName, String method, int arguments);

    /**
     * As {@link #implementations(String, String, int)} for a variable injected by bean name (a field with
     * {@code @Qualifier("bean")}): of several implementations, those registered under that name, whatever they
     * do; when none is, as without the name.
     */
    default List<ProjectType> implementations(String qualifiedName, String method, int arguments, String bean) {
        return implementations(qualifiedName, method, arguments);
    }

    /**
     * The files that may register routes with one of these router types ({@code io.javalin.Javalin}): those
     * that import one, its package, or its static members.
     */
    List<SourceFile> routeFiles(Set<String> routerTypes);

    /**
     * False if no method named {@code member} of the type, its supertypes or subtypes can lead to a redirect,
     * as the lexical pass found: a call to it is not worth following (its file is not parsed for it).
     */
    boolean mayReachRedirect(String qualifiedName, String member);

    /**
     * False if the type and all its supertypes give a subtype nothing to read (see the lexical facts): a
     * marker interface, say. Its file is then not parsed to collect a class's supertypes.
     */
    boolean contributes(String qualifiedName);

    /**
     * False if neither the type nor a project type it extends or implements (at any depth) has a member with an
     * annotation of one of these simple names, or of an annotation type declared in its file (which may be
     * meta-annotated with one), as the lexical facts show: then no method the type has or inherits carries one,
     * and the supertypes need not be parsed to learn it. True for a type the project does not declare.
     */
    boolean mayAnnotateMembers(String qualifiedName, Set<String> simpleNames);

    /**
     * False if neither the type nor a project type it extends or implements (at any depth) declares a method
     * with a body of one of these signatures, each a name and a number of parameters ({@code doPost/2}), as the
     * lexical facts show. True for a type the project does not declare.
     */
    boolean mayHaveMethod(String qualifiedName, Set<String> signatures);

    /**
     * False if neither the type nor a project type it extends or implements (at any depth) declares a field of
     * that name, as the lexical facts show. True for a type the project does not declare.
     */
    boolean mayHaveField(String qualifiedName, String field);

    /** True if the project declares a type of that qualified name (found without parsing it). */
    boolean exists(String qualifiedName);

    /** Project-wide settings that change which status a redirect sends. */
    ProjectSettings settings();

    /**
     * A project-wide fact computed once, such as the routes a framework registers in code; {@code key} names it.
     * What computing it read counts as read by every analysis that uses it.
     */
    <T> T derived(Object key, Function<ProjectTypes, T> compute);

    /**
     * A fact about one parsed file (the supertypes of one of its types, say), computed once while that tree is
     * kept; what computing it read counts as read by every analysis that uses it. {@code key} compares by the
     * identity of the nodes it holds.
     */
    <T> T memo(SourceFile file, Object key, Supplier<T> compute);

    /** True when no other file is known. */
    default boolean isEmpty() {
        return this == NONE;
    }

    /** A type of the project and the names of its file. */
    record ProjectType(TypeDeclaration<?> declaration, TypeNames names) {}
}
