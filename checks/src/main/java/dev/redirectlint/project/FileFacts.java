package dev.redirectlint.project;

import java.util.List;

/**
 * What one source file declares, read from its text alone by {@link LexicalScanner}: its package, its
 * imports and its types with their supertypes and members. Small and independent of every other file,
 * so it is computed once per content and kept in the cache; the project model is built from these.
 *
 * @param packageName the package, or {@code ""}
 * @param imports the imports as written: {@code a.b.C}, {@code a.b.*}, {@code static a.b.C.m}, {@code static a.b.C.*}
 * @param types every type the file declares outside method bodies, nested ones included, outer first
 * @param marked true if the file mentions something a web framework declares handlers with (an
 *     annotation, a servlet type, a routing package): it may hold handlers
 * @param mentionsSetting true if the file mentions a setting that changes redirect statuses project-wide
 *     (a word of a home's {@code SourceSetting}: {@code redirectHttp10Compatible})
 * @param structured false if the scanner could not follow the file's structure (unbalanced braces, say);
 *     then every member counts as mentioning everything the file mentions
 */
public record FileFacts(String packageName, List<String> imports, List<TypeFact> types, boolean marked,
        boolean mentionsSetting, boolean structured) {

    public FileFacts {
        imports = List.copyOf(imports);
        types = List.copyOf(types);
    }

    /** The qualified name of a type of this file: {@code pkg.Outer.Inner}. */
    public String qualifiedName(TypeFact type) {
        return packageName.isEmpty() ? type.name() : packageName + "." + type.name();
    }
}
