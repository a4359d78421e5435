package dev.redirectlint.project;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every type the project declares, by qualified name, and how a name written in a file resolves to one,
 * from the lexical facts alone: as javac does for types of the sources it compiles, a name declared in the
 * file wins over a single-type import, which wins over the file's package, which wins over wildcard
 * imports. A name that resolves to no project type is a library type (or one this index cannot see, such
 * as a member type inherited from a supertype): it resolves to nothing.
 */
public final class TypeIndex {

    private final List<FileFacts> files;
    private final int[] firstType;
    private final Map<String, Integer> byQualifiedName = new HashMap<>();
    private final int typeCount;

    public TypeIndex(List<FileFacts> files) {
        this.files = files;
        this.firstType = new int[files.size() + 1];
        int id = 0;
        for (int f = 0; f < files.size(); f++) {
            firstType[f] = id;
            FileFacts file = files.get(f);
            for (TypeFact type : file.types()) {
                byQualifiedName.putIfAbsent(file.qualifiedName(type), id);
                id++;
            }
        }
        firstType[files.size()] = id;
        typeCount = id;
    }

    public int typeCount() {
        return typeCount;
    }

    public int fileCount() {
        return files.size();
    }

    public FileFacts file(int file) {
        return files.get(file);
    }

    /** The id of the {@code type}-th type of {@code file}. */
    public int id(int file, int type) {
        return firstType[file] + type;
    }

    /** The file that declares a type id. */
    public int fileOf(int id) {
        int low = 0;
        int high = files.size() - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (firstType[mid] <= id) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        while (low + 1 < files.size() && firstType[low + 1] <= id) {
            low++;
        }
        return low;
    }

    public TypeFact type(int id) {
        int file = fileOf(id);
        return files.get(file).types().get(id - firstType[file]);
    }

    public String qualifiedName(int id) {
        return files.get(fileOf(id)).qualifiedName(type(id));
    }

    /** The type of that qualified name ({@code a.b.Outer.Inner}), or -1. */
    public int find(String qualifiedName) {
        Integer id = byQualifiedName.get(qualifiedName);
        return id == null ? -1 : id;
    }

    /**
     * The project type a name written in {@code file} denotes ({@code Base}, {@code Outer.Inner},
     * {@code a.b.Base}), or -1 for a library type.
     */
    public int resolve(int file, String written) {
        int dot = written.indexOf('.');
        String first = dot < 0 ? written : written.substring(0, dot);
        String rest = dot < 0 ? "" : written.substring(dot);
        int outer = resolveSimple(file, first);
        if (outer >= 0) {
            return rest.isEmpty() ? outer : find(qualifiedName(outer) + rest);
        }
        return dot < 0 ? -1 : find(written);
    }

    private int resolveSimple(int file, String simple) {
        FileFacts facts = files.get(file);
        for (TypeFact type : facts.types()) { // declared here, nested ones too
            if (type.simpleName().equals(simple)) {
                return find(facts.qualifiedName(type));
            }
        }
        for (String imported : facts.imports()) {
            if (!imported.startsWith("static ") && imported.endsWith("." + simple)) {
                return find(imported);
            }
        }
        int samePackage = find(facts.packageName().isEmpty() ? simple : facts.packageName() + "." + simple);
        if (samePackage >= 0) {
            return samePackage;
        }
        for (String imported : facts.imports()) {
            if (!imported.startsWith("static ") && imported.endsWith(".*")) {
                int wildcard = find(imported.substring(0, imported.length() - 1) + simple);
                if (wildcard >= 0) {
                    return wildcard;
                }
            }
        }
        return -1;
    }

    /** The direct supertypes of a type that are project types. */
    public List<Integer> supertypes(int id) {
        int file = fileOf(id);
        List<Integer> parents = new ArrayList<>();
        for (String written : type(id).supertypes()) {
            int parent = resolve(file, written);
            if (parent >= 0 && parent != id) {
                parents.add(parent);
            }
        }
        return parents;
    }

    /** The simple name a file must mention to name the type: the outermost type's ({@code Outer} for {@code Outer.Inner}). */
    public String outermostName(int id) {
        String name = type(id).name();
        int dot = name.indexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }
}
