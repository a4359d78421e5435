package dev.redirectlint.fix;

import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import dev.redirectlint.api.TextEdit;
import dev.redirectlint.source.SourceText;
import dev.redirectlint.java.TypeNames;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Builds the edits of one fix over the original text: span replacements, and imports added once, in
 * order, and only where the simple name does not clash (the qualified name is written instead).
 */
public final class Edits {

    private final java.nio.file.Path file;
    private final SourceText source;
    private final TypeNames names;
    private final List<TextEdit> edits = new ArrayList<>();
    private final List<String> importLines = new ArrayList<>();

    /** @param file the file the edits apply to */
    public Edits(java.nio.file.Path file, SourceText source, TypeNames names) {
        this.file = file;
        this.source = source;
        this.names = names;
    }

    /** The file the edits apply to. */
    public java.nio.file.Path file() {
        return file;
    }

    public SourceText source() {
        return source;
    }

    public Edits replace(Node node, String text) {
        edits.add(new TextEdit(source.start(node), source.end(node), text));
        return this;
    }

    public Edits insertAt(int offset, String text) {
        edits.add(TextEdit.insert(offset, text));
        return this;
    }

    /** How to write the type here: its simple name (importing it if needed) or its qualified name. */
    public String type(String fqn) {
        if (names.imports(fqn)) {
            return TypeNames.simpleName(fqn);
        }
        String outer = TypeNames.packageOf(fqn);
        if (Character.isUpperCase(TypeNames.simpleName(outer).charAt(0))) {
            // A nested type such as Response.Status is written through its outer type.
            return type(outer) + "." + TypeNames.simpleName(fqn);
        }
        if (names.clashes(fqn)) {
            return fqn;
        }
        addImport("import " + fqn + ";");
        return TypeNames.simpleName(fqn);
    }

    /** How to write a static member: its simple name when statically imported, else qualified by its type. */
    public String staticMember(String ownerFqn, String member) {
        if (names.importsStatic(ownerFqn + "." + member)) {
            return member;
        }
        return type(ownerFqn) + "." + member;
    }

    /** The edits in file order (imports first), as consumers that apply edits one by one expect. */
    public List<TextEdit> build() {
        List<TextEdit> all = new ArrayList<>(importEdits());
        all.addAll(edits);
        all.sort(Comparator.comparingInt(TextEdit::startOffset));
        return all;
    }

    private void addImport(String line) {
        if (!importLines.contains(line)) {
            importLines.add(line);
        }
    }

    /** Each new import goes before the first existing non-static import that sorts after it. */
    private List<TextEdit> importEdits() {
        if (importLines.isEmpty()) {
            return List.of();
        }
        String nl = source.lineSeparator();
        NodeList<ImportDeclaration> imports = names.unit().getImports();
        List<String> sorted = importLines.stream().sorted().toList();
        if (imports.isEmpty()) {
            // One block of new imports, set off by blank lines from the package and from the type.
            String block = String.join(nl, sorted);
            if (names.unit().getPackageDeclaration().isPresent()) {
                return List.of(TextEdit.insert(source.end(names.unit().getPackageDeclaration().get()), nl + nl + block));
            }
            return List.of(TextEdit.insert(source.parsableText().length() == source.text().length() ? 0 : 1,
                    block + nl + nl));
        }
        List<TextEdit> result = new ArrayList<>();
        for (String line : sorted) {
            String name = line.substring("import ".length(), line.length() - 1);
            ImportDeclaration before = null;
            ImportDeclaration last = null;
            for (ImportDeclaration existing : imports) {
                if (existing.isStatic()) {
                    continue;
                }
                last = existing;
                if (before == null && existing.getNameAsString().compareTo(name) > 0) {
                    before = existing;
                }
            }
            if (before != null) {
                result.add(TextEdit.insert(startOfLineOrToken(before), line + nl));
            } else if (last != null) {
                result.add(TextEdit.insert(source.end(last), nl + line));
            } else {
                result.add(TextEdit.insert(startOfLineOrToken(imports.get(0)), line + nl));
            }
        }
        return result;
    }

    /**
     * Where a line inserted before the import goes: the start of its line when only indentation precedes it,
     * else the import itself, since its line may begin with the end of a comment ({@code * / import x.Y;}) or
     * with the package declaration ({@code package p; import x.Y;}).
     */
    private int startOfLineOrToken(ImportDeclaration existing) {
        int start = source.start(existing);
        int lineStart = source.lineStartOf(start);
        return source.text().substring(lineStart, start).isBlank() ? lineStart : start;
    }
}
