package dev.redirectlint.java;

import com.github.javaparser.ast.body.TypeDeclaration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

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
        public Optional<ProjectType> uniqueImplementation(String qualifiedName, String method, int arguments) {
            return Optional.empty();
        }

        @Override
        public List<SourceFile> routeFiles(String importPrefix) {
            return List.of();
        }

        @Override
        public ProjectSettings settings() {
            return ProjectSettings.NONE;
        }

        @Override
        public <T> T derived(Object key, Function<ProjectTypes, T> compute) {
            return compute.apply(this);
        }
    };

    /** A type declared in the project, by qualified name ({@code a.b.Outer.Inner}). */
    Optional<ProjectType> find(String qualifiedName);

    /**
     * The type whose method a call {@code x.method(...)} runs, when {@code x} is declared with the project
     * type {@code qualifiedName}, if there is only one: of that type and its subtypes that can be
     * instantiated, each one's most specific declaration of a method of that name and arity (with a body) is
     * found, and they must all be the same. Several implementations give nothing: which one runs depends on
     * how the application is wired (a Spring bean, a factory), which the source does not say, and the
     * analysis never guesses.
     */
    Optional<ProjectType> uniqueImplementation(String qualifiedName, String method, int arguments);

    /** The files that import something under {@code importPrefix} ({@code io.javalin.}): those that may register routes. */
    List<SourceFile> routeFiles(String importPrefix);

    /** Project-wide settings that change which status a redirect sends. */
    ProjectSettings settings();

    /**
     * A project-wide fact computed once, such as the routes a framework registers in code; {@code key} names it.
     * What computing it read counts as read by every analysis that uses it.
     */
    <T> T derived(Object key, Function<ProjectTypes, T> compute);

    /** True when no other file is known. */
    default boolean isEmpty() {
        return this == NONE;
    }

    /** A type of the project and the names of its file. */
    record ProjectType(TypeDeclaration<?> declaration, TypeNames names) {}
}
