package dev.redirectlint.java;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.DataKey;
import com.github.javaparser.ast.Node;
import dev.redirectlint.source.SourceText;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One parsed source file: its path, its text, its tree and the names to read the tree by. Every tree
 * knows its file (through the tree's data), so a node reached in another file than the handler's is
 * positioned, named and edited with that file's text.
 */
public final class SourceFile {

    private static final DataKey<SourceFile> FILE = new DataKey<>() {};

    private final Path path;
    private final String hash;
    private final SourceText source;
    private final CompilationUnit unit;
    private final TypeNames names;
    private final java.util.Map<Object, Object> memo = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * @param hash the content hash of the text, which identifies this version of the file
     * @param project the project the file's names resolve other types in
     */
    public SourceFile(Path path, String hash, SourceText source, CompilationUnit unit, ProjectTypes project) {
        this.path = path;
        this.hash = hash;
        this.source = source;
        this.unit = unit;
        unit.setData(FILE, this);
        this.names = new TypeNames(unit, project);
    }

    /** The file a node of a tree belongs to. */
    public static Optional<SourceFile> of(Node node) {
        return node.findCompilationUnit().filter(unit -> unit.containsData(FILE)).map(unit -> unit.getData(FILE));
    }

    /** The file a node of a tree belongs to; every tree the engine analyses has one. */
    public static SourceFile require(Node node) {
        return of(node).orElseThrow(() -> new IllegalStateException("A node of a tree without a file: " + node));
    }

    public Path path() {
        return path;
    }

    public String hash() {
        return hash;
    }

    public SourceText source() {
        return source;
    }

    public CompilationUnit unit() {
        return unit;
    }

    public TypeNames names() {
        return names;
    }

    /** Facts about this tree worked out once (see {@link ProjectTypes#memo}); they go when the tree goes. */
    public java.util.Map<Object, Object> memo() {
        return memo;
    }

    @Override
    public String toString() {
        return path.toString();
    }
}
