package dev.redirectlint.project;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the declarations of a Java file from its tokens, without building a syntax tree: its package,
 * imports, types, supertypes and members, and for each member the identifiers it mentions and whether it
 * holds a redirect token. This is about thirty times cheaper than parsing, so every file of a project can
 * be read this way and only the few that can matter are parsed.
 *
 * <p>Anything the scanner cannot follow makes it over-approximate, never under-approximate: a file whose
 * braces do not balance is marked unstructured, and then every member counts as mentioning everything.
 */
public final class LexicalScanner {

    /** The result: the cacheable facts and the identifiers behind the relevance closure. */
    public record Scan(FileFacts facts, FileMentions mentions) {}

    private static final long CLASS = Identifiers.hash("class");
    private static final long INTERFACE = Identifiers.hash("interface");
    private static final long ENUM = Identifiers.hash("enum");
    private static final long RECORD = Identifiers.hash("record");
    private static final long PACKAGE = Identifiers.hash("package");
    private static final long IMPORT = Identifiers.hash("import");
    private static final long STATIC = Identifiers.hash("static");
    private static final long ABSTRACT = Identifiers.hash("abstract");
    private static final long PRIVATE = Identifiers.hash("private");
    private static final long EXTENDS = Identifiers.hash("extends");
    private static final long IMPLEMENTS = Identifiers.hash("implements");
    private static final long PERMITS = Identifiers.hash("permits");
    private static final long DEFAULT = Identifiers.hash("default");
    private static final long NEW = Identifiers.hash("new");
    private static final long THROWS = Identifiers.hash("throws");

    // Token kinds.
    private static final int EOF = 0;
    private static final int IDENT = 1;
    private static final int LITERAL = 2;
    private static final int PUNCT = 3;

    private final char[] text; // an array, not the String: indexing it is what the scan does most
    private final int length;
    private int pos;

    // The current token.
    private int kind;
    private int start;
    private int end;
    private long hash;
    private char punct;
    private boolean literalTrigger;
    private char previousPunct;

    private final TokenCatalog catalog;
    private boolean marked;
    private boolean setting;
    private boolean literalSetting;
    private boolean structured = true;
    private final LongSet fileIds;
    /** Reused for each qualified name the scan reads (package, imports, written supertypes). */
    private final StringBuilder name = new StringBuilder(128);
    private boolean fileTrigger;

    private LexicalScanner(char[] text, int length, TokenCatalog catalog) {
        this.text = text;
        this.length = length;
        this.catalog = catalog;
        this.fileIds = new LongSet(Math.max(64, length / 64)); // about one new identifier per 64 characters
    }

    /** Scans a file's text with the tokens of every supported framework. */
    public static Scan scan(String text) {
        return scan(text, TokenCatalog.DEFAULT);
    }

    static Scan scan(String text, TokenCatalog catalog) {
        String source = text.indexOf("\\u") >= 0 ? UnicodeEscapes.translate(text) : text;
        ScanWorkspace work = ScanWorkspace.current();
        char[] buffer = work.text(source.length());
        source.getChars(0, source.length(), buffer, 0);
        return scan(buffer, source.length(), catalog, work);
    }

    /**
     * Scans the first {@code length} characters of a buffer the caller filled (and may reuse afterwards: the
     * scan keeps nothing of it). The text must hold no {@code \\u} escape
     * (those go through {@link #scan(String)}, which translates them).
     */
    public static Scan scan(char[] text, int length) {
        return scan(text, length, TokenCatalog.DEFAULT, ScanWorkspace.current());
    }

    private static Scan scan(char[] text, int length, TokenCatalog catalog, ScanWorkspace work) {
        try {
            return new LexicalScanner(text, length, catalog).compilationUnit();
        } finally {
            work.reclaim();
        }
    }

    /** A buffer of this thread's for {@link #scan(char[], int)}, of at least {@code length} characters. */
    public static char[] buffer(int length) {
        return ScanWorkspace.current().text(length);
    }

    // ---------------------------------------------------------------- structure

    private String packageName = "";
    private final List<String> imports = new ArrayList<>();
    private final List<TypeBuilder> types = new ArrayList<>();

    private Scan compilationUnit() {
        next();
        Header header = new Header();
        while (kind != EOF) {
            if (kind == IDENT && hash == PACKAGE && header.isEmpty()) {
                next();
                packageName = qualifiedName(false);
                skipPast(';');
            } else if (kind == IDENT && hash == IMPORT) {
                next();
                boolean isStatic = kind == IDENT && hash == STATIC;
                if (isStatic) {
                    next();
                }
                String name = qualifiedName(true);
                imports.add(isStatic ? "static " + name : name);
                skipPast(';');
            } else if (isTypeKeyword()) {
                typeDeclaration(null, header);
                header = new Header();
            } else if (kind == PUNCT && punct == '@' && !peekKeyword(INTERFACE)) {
                annotation(header);
            } else if (kind == PUNCT && punct == '@') {
                next(); // "@interface": an annotation type
            } else if (kind == PUNCT && punct == ';') {
                header = new Header();
                next();
            } else if (kind == PUNCT && punct == '{') {
                // module-info's body, or something this scanner does not know: count what it mentions.
                LongList ids = new LongList();
                block(ids, new boolean[1]);
                header = new Header();
            } else {
                if (kind == IDENT) {
                    header.add(hash);
                    header.modifier(hash);
                } else if (kind == PUNCT && (punct == '(' || punct == '}')) {
                    structured = false; // top-level members (an implicit class) or a stray brace
                }
                next();
            }
        }
        return build();
    }

    private boolean isTypeKeyword() {
        if (kind != IDENT || previousPunct == '.') {
            return false;
        }
        if (hash == CLASS || hash == INTERFACE || hash == ENUM) {
            return true;
        }
        // "record" is a contextual keyword: a record declaration has a name and then "(".
        return hash == RECORD && peekIdentifierThen('(', '<');
    }

    /** At a type keyword: reads the header up to the body, then the body. */
    private void typeDeclaration(TypeBuilder outer, Header header) {
        TypeFact.Kind typeKind = hash == CLASS ? TypeFact.Kind.CLASS : hash == INTERFACE
                ? (previousPunct == '@' ? TypeFact.Kind.ANNOTATION : TypeFact.Kind.INTERFACE)
                : hash == ENUM ? TypeFact.Kind.ENUM : TypeFact.Kind.RECORD;
        next();
        if (kind != IDENT) {
            structured = false;
            return;
        }
        String simple = new String(text, start, end - start);
        TypeBuilder type = new TypeBuilder(outer == null ? simple : outer.name + "." + simple, typeKind,
                header.isAbstract || typeKind == TypeFact.Kind.INTERFACE || typeKind == TypeFact.Kind.ANNOTATION);
        type.headerIds.addAll(header.ids);
        type.annotations.addAll(header.annotations);
        type.headerTrigger = header.trigger;
        types.add(type);
        next();
        int list = 0; // 1: extends, 2: implements, 3: permits
        while (kind != EOF && !(kind == PUNCT && punct == '{')) {
            if (kind == PUNCT && punct == '<') {
                typeArguments(type.headerIds);
            } else if (kind == PUNCT && punct == '(') {
                parenthesised(type.headerIds, new boolean[1], null); // record components
            } else if (kind == PUNCT && punct == '@') {
                Header annotations = new Header();
                annotation(annotations);
                type.headerIds.addAll(annotations.ids);
            } else if (kind == IDENT && (hash == EXTENDS || hash == IMPLEMENTS || hash == PERMITS)) {
                list = hash == EXTENDS ? 1 : hash == IMPLEMENTS ? 2 : 3;
                next();
            } else if (kind == IDENT && list > 0) {
                long first = hash;
                String name = qualifiedName(false);
                type.headerIds.add(first);
                type.headerIds.add(Identifiers.hash(name.substring(name.lastIndexOf('.') + 1)));
                if (list < 3) {
                    type.supertypes.add(name);
                }
                if (list == 1 && type.kind == TypeFact.Kind.CLASS && type.superclass == null) {
                    type.superclass = name;
                }
            } else if (kind == PUNCT && (punct == ';' || punct == '}')) {
                structured = false;
                return;
            } else {
                next();
            }
        }
        if (kind == EOF) {
            structured = false;
            return;
        }
        next(); // '{'
        typeBody(type);
    }

    /** After a type's '{': its members, up to and including the closing '}'. */
    private void typeBody(TypeBuilder type) {
        boolean enumConstants = type.kind == TypeFact.Kind.ENUM;
        Header header = new Header();
        while (kind != EOF) {
            if (kind == PUNCT && punct == '}') {
                next();
                return;
            }
            if (kind == PUNCT && punct == ';') {
                enumConstants = false;
                header = new Header();
                next();
            } else if (kind == PUNCT && punct == '@' && !peekKeyword(INTERFACE)) {
                annotation(header);
            } else if (kind == PUNCT && punct == '@') {
                next(); // "@interface": an annotation type nested here
            } else if (isTypeKeyword()) {
                typeDeclaration(type, header);
                header = new Header();
            } else if (kind == PUNCT && punct == '{') {
                MemberBuilder init = type.member("<init>", MemberFact.Kind.INITIALIZER, header);
                block(init.ids, init.trigger);
                header = new Header();
            } else if (kind == PUNCT && punct == '<') {
                typeArguments(header.ids); // a generic method's type parameters
            } else if (kind == IDENT && enumConstants) {
                MemberBuilder constant = type.member(new String(text, start, end - start), MemberFact.Kind.FIELD, header);
                constant.isStatic = true;
                next();
                if (kind == PUNCT && punct == '(') {
                    parenthesised(constant.ids, constant.trigger, null);
                }
                if (kind == PUNCT && punct == '{') {
                    block(constant.ids, constant.trigger);
                }
                header = new Header();
                if (kind == PUNCT && punct == ',') {
                    next();
                }
            } else if (kind == IDENT) {
                memberOrHeaderWord(type, header);
                if (header.done) {
                    header = new Header();
                }
            } else {
                next();
            }
        }
        structured = false; // the file ended inside the type
    }

    /**
     * At an identifier in a type body: a method or constructor name (followed by '('), a field name
     * (followed by '=', ';', ',' or '['), or a word of the header (a modifier or a type).
     */
    private void memberOrHeaderWord(TypeBuilder type, Header header) {
        long word = hash;
        int wordStart = start;
        int wordEnd = end;
        header.modifier(word);
        next();
        if (kind == PUNCT && punct == '(') {
            MemberBuilder method = type.member(new String(text, wordStart, wordEnd - wordStart),
                    new String(text, wordStart, wordEnd - wordStart).equals(type.simpleName()) ? MemberFact.Kind.CONSTRUCTOR
                            : MemberFact.Kind.METHOD, header);
            int[] arity = new int[2];
            parenthesised(method.ids, method.trigger, arity);
            method.arity = arity[0];
            method.varargs = arity[1] > 0;
            // throws ..., default value (annotation members), then a body or ';'
            boolean isDefault = false;
            while (kind != EOF && !(kind == PUNCT && (punct == '{' || punct == ';' || punct == '}'))) {
                if (kind == IDENT && hash == DEFAULT) {
                    isDefault = true;
                }
                if (kind == IDENT && hash != THROWS) {
                    method.ids.add(hash);
                }
                next();
                if (isDefault) {
                    expression(method.ids, method.trigger); // up to ';', with nested braces
                    break;
                }
            }
            if (kind == PUNCT && punct == '{') {
                method.hasBody = true;
                block(method.ids, method.trigger);
            } else if (kind == PUNCT && punct == ';') {
                next();
            }
            header.done = true;
        } else if (kind == PUNCT && (punct == '=' || punct == ';' || punct == ',' || punct == '[' && !arrayTypeFollows())) {
            MemberBuilder field = type.member(new String(text, wordStart, wordEnd - wordStart), MemberFact.Kind.FIELD, header);
            fieldDeclarators(type, field, header);
            header.done = true;
        } else {
            header.add(word);
        }
    }

    /** After a field's name: dimensions, initializer, and further declarators ({@code int a = 1, b;}). */
    private void fieldDeclarators(TypeBuilder type, MemberBuilder field, Header header) {
        MemberBuilder current = field;
        while (kind != EOF) {
            if (kind == PUNCT && punct == '[' || kind == PUNCT && punct == ']') {
                next();
            } else if (kind == PUNCT && punct == '=') {
                next();
                expression(current.ids, current.trigger);
                if (kind == PUNCT && punct == ';') {
                    next();
                    return;
                }
            } else if (kind == PUNCT && punct == ',') {
                next();
                if (kind != IDENT) {
                    return;
                }
                current = type.member(new String(text, start, end - start), MemberFact.Kind.FIELD, header);
                next();
            } else if (kind == PUNCT && punct == ';') {
                next();
                return;
            } else {
                return; // not a field after all; let the body loop go on
            }
        }
    }

    /** Reads {@code a.b.C} (and {@code .*} when allowed), leaving the scanner after it. */
    private String qualifiedName(boolean allowStar) {
        StringBuilder name = this.name;
        name.setLength(0);
        while (kind == IDENT) {
            name.append(text, start, end - start);
            next();
            if (kind == PUNCT && punct == '<') {
                typeArguments(LongList.DISCARD); // Outer<T>.Inner
            }
            if (!(kind == PUNCT && punct == '.')) {
                break;
            }
            next();
            if (allowStar && kind == PUNCT && punct == '*') {
                name.append(".*");
                next();
                break;
            }
            name.append('.');
        }
        return name.toString().intern(); // names repeat across files: one copy each
    }

    /** An annotation: {@code @Name} or {@code @a.b.Name(...)}; its words go to the header. */
    private void annotation(Header header) {
        next(); // '@'
        long last = 0;
        while (kind == IDENT) {
            header.add(hash);
            last = hash;
            next();
            if (!(kind == PUNCT && punct == '.')) {
                break;
            }
            next();
        }
        if (last != 0) {
            header.annotations.add(last);
        }
        if (kind == PUNCT && punct == '(') {
            boolean[] trigger = new boolean[1];
            parenthesised(header.ids, trigger, null);
            header.trigger |= trigger[0];
        }
    }

    /** From '<' to its matching '>', adding the words in between. */
    private void typeArguments(LongList ids) {
        int depth = 0;
        do {
            if (kind == PUNCT && punct == '<') {
                depth++;
            } else if (kind == PUNCT && punct == '>') {
                depth--;
            } else if (kind == IDENT) {
                ids.add(hash);
            } else if (kind == PUNCT && (punct == '{' || punct == ';' || punct == '(' || punct == ')')) {
                return; // not type arguments: leave the token to the caller
            }
            next();
        } while (kind != EOF && depth > 0);
    }

    /**
     * From '(' to its matching ')'. With {@code arity}, counts the parameters: commas at the top level
     * outside type arguments, and '...' for varargs.
     */
    private void parenthesised(LongList ids, boolean[] trigger, int[] arity) {
        int depth = 0;
        int angle = 0;
        boolean any = false;
        int commas = 0;
        do {
            if (kind == PUNCT) {
                switch (punct) {
                    case '(', '[', '{' -> depth++;
                    case ')', ']', '}' -> depth--;
                    case '<' -> angle++;
                    case '>' -> angle = Math.max(0, angle - 1);
                    case ',' -> {
                        if (depth == 1 && angle == 0) {
                            commas++;
                        }
                    }
                    default -> { }
                }
            } else {
                if (kind == IDENT) {
                    ids.add(hash);
                }
                trigger[0] |= tokenTriggers();
                if (depth == 1) {
                    any = true;
                }
            }
            if (arity != null && kind == PUNCT && punct == '.' && depth == 1 && startsWith("...", start)) {
                arity[1] = 1;
            }
            next();
        } while (kind != EOF && depth > 0);
        if (arity != null) {
            arity[0] = any ? commas + 1 : 0;
        }
    }

    /** From '{' to its matching '}'. */
    private void block(LongList ids, boolean[] trigger) {
        int depth = 0;
        do {
            if (kind == PUNCT && punct == '{') {
                depth++;
            } else if (kind == PUNCT && punct == '}') {
                depth--;
            } else if (kind == IDENT) {
                ids.add(hash);
                trigger[0] |= tokenTriggers();
            } else if (kind == LITERAL) {
                trigger[0] |= tokenTriggers();
            }
            next();
        } while (kind != EOF && depth > 0);
        if (depth > 0) {
            structured = false;
        }
    }

    /** An initializer or default value: up to a ',' or ';' outside brackets (left as the current token). */
    private void expression(LongList ids, boolean[] trigger) {
        int depth = 0;
        while (kind != EOF) {
            if (kind == PUNCT) {
                switch (punct) {
                    case '(', '[', '{' -> depth++;
                    case ')', ']', '}' -> {
                        if (depth == 0) {
                            return; // the enclosing body ends: the declaration was cut short
                        }
                        depth--;
                    }
                    case ',', ';' -> {
                        if (depth == 0) {
                            return;
                        }
                    }
                    default -> { }
                }
            } else {
                if (kind == IDENT) {
                    ids.add(hash);
                }
                trigger[0] |= tokenTriggers();
            }
            next();
        }
    }

    private void skipPast(char c) {
        while (kind != EOF && !(kind == PUNCT && punct == c)) {
            next();
        }
        next();
    }

    /** True if the current token is a redirect token: a trigger word, a redirect status or a "redirect:" string. */
    private boolean tokenTriggers() {
        return kind == IDENT ? catalog.isTrigger(hash) : kind == LITERAL && literalTrigger;
    }

    // ---------------------------------------------------------------- tokens

    /** Moves to the next token, noting words the whole file mentions (framework markers, the setting). */
    private void next() {
        if (kind == PUNCT) {
            previousPunct = punct;
        } else if (kind != EOF) {
            previousPunct = 0;
        }
        token();
        if (kind == PUNCT) {
            balance(punct);
        } else if (kind == EOF && depth > 0) {
            structured = false; // a bracket is never closed: the file is cut short
        }
        if (kind == IDENT) {
            fileIds.add(hash);
            if (catalog.isMarker(hash)) {
                marked = true;
            }
            if (catalog.isSetting(hash)) {
                setting = true;
            }
            fileTrigger |= catalog.isTrigger(hash);
        } else if (kind == LITERAL) {
            fileTrigger |= literalTrigger;
            setting |= literalSetting; // a property set by its name, through a BeanWrapper
        }
    }

    /** The brackets open at the current token, innermost last. */
    private char[] open = new char[64];
    private int depth;

    /**
     * Checks that brackets pair up across the whole file: a file where they do not cannot be followed, and
     * is parsed (to report its syntax error) whatever it mentions.
     */
    private void balance(char c) {
        if (c == '(' || c == '[' || c == '{') {
            if (depth == open.length) {
                open = Arrays.copyOf(open, depth * 2);
            }
            open[depth++] = c;
        } else if (c == ')' || c == ']' || c == '}') {
            char expected = c == ')' ? '(' : c == ']' ? '[' : '{';
            if (depth == 0 || open[--depth] != expected) {
                structured = false;
                depth = Math.max(0, depth);
            }
        }
    }

    private void token() {
        int length = this.length;
        while (pos < length) {
            char c = text[pos];
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                pos++;
            } else if (c == '/' && pos + 1 < length && text[pos + 1] == '/') {
                while (pos < length && text[pos] != '\n' && text[pos] != '\r') {
                    pos++;
                }
            } else if (c == '/' && pos + 1 < length && text[pos + 1] == '*') {
                int close = indexOf("*/", pos + 2);
                pos = close < 0 ? length : close + 2;
            } else {
                break;
            }
        }
        start = pos;
        literalTrigger = false;
        if (pos >= length) {
            kind = EOF;
            end = pos;
            return;
        }
        char c = text[pos];
        if (Character.isJavaIdentifierStart(c)) {
            pos++;
            while (pos < length && Character.isJavaIdentifierPart(text[pos])) {
                pos++;
            }
            kind = IDENT;
            end = pos;
            hash = Identifiers.hash(text, start, end);
        } else if (c == '"') {
            kind = LITERAL;
            if (startsWith("\"\"\"", pos)) {
                int close = pos + 3;
                while (true) {
                    close = indexOf("\"\"\"", close);
                    if (close < 0 || text[close - 1] != '\\') {
                        break;
                    }
                    close++;
                }
                pos = close < 0 ? length : close + 3;
            } else {
                pos++;
                while (pos < length) {
                    char s = text[pos];
                    if (s == '\\') {
                        pos += 2;
                    } else if (s == '"' || s == '\n') {
                        pos++;
                        break;
                    } else {
                        pos++;
                    }
                }
            }
            end = Math.min(pos, length);
            literalTrigger = catalog.stringTriggers(text, start, end);
            literalSetting = catalog.namesSetting(text, start, end);
        } else if (c == '\'') {
            kind = LITERAL;
            pos++;
            while (pos < length) {
                char s = text[pos];
                if (s == '\\') {
                    pos += 2;
                } else if (s == '\'' || s == '\n') {
                    pos++;
                    break;
                } else {
                    pos++;
                }
            }
            end = Math.min(pos, length);
        } else if (c >= '0' && c <= '9' || c == '.' && pos + 1 < length && Character.isDigit(text[pos + 1])) {
            kind = LITERAL;
            pos++;
            while (pos < length && (Character.isLetterOrDigit(text[pos]) || text[pos] == '_'
                    || text[pos] == '.' && pos + 1 < length && Character.isDigit(text[pos + 1]))) {
                pos++;
            }
            end = pos;
            literalTrigger = catalog.numberTriggers(text, start, end);
        } else {
            kind = PUNCT;
            punct = c;
            pos++;
            end = pos;
        }
    }

    /** At '[': true if {@code [] ... [] name} follows, so the word before it was a type, not a field. */
    private boolean arrayTypeFollows() {
        int saved = pos;
        int savedKind = kind;
        int savedStart = start;
        int savedEnd = end;
        long savedHash = hash;
        char savedPunct = punct;
        boolean savedTrigger = literalTrigger;
        while (kind == PUNCT && (punct == '[' || punct == ']')) {
            token();
        }
        boolean type = kind == IDENT;
        pos = saved;
        kind = savedKind;
        start = savedStart;
        end = savedEnd;
        hash = savedHash;
        punct = savedPunct;
        literalTrigger = savedTrigger;
        return type;
    }

    private boolean startsWith(String prefix, int at) {
        if (at < 0 || at + prefix.length() > length) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (text[at + i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private int indexOf(String needle, int from) {
        for (int at = Math.max(0, from); at + needle.length() <= length; at++) {
            if (startsWith(needle, at)) {
                return at;
            }
        }
        return -1;
    }

    /** True if the next token is the identifier {@code keyword} (looking past the current one). */
    private boolean peekKeyword(long keyword) {
        int saved = pos;
        int savedKind = kind;
        int savedStart = start;
        int savedEnd = end;
        long savedHash = hash;
        char savedPunct = punct;
        boolean savedTrigger = literalTrigger;
        token();
        boolean matches = kind == IDENT && hash == keyword;
        pos = saved;
        kind = savedKind;
        start = savedStart;
        end = savedEnd;
        hash = savedHash;
        punct = savedPunct;
        literalTrigger = savedTrigger;
        return matches;
    }

    /** True if an identifier and then one of the punctuation characters follow the current token. */
    private boolean peekIdentifierThen(char first, char second) {
        int saved = pos;
        int savedKind = kind;
        int savedStart = start;
        int savedEnd = end;
        long savedHash = hash;
        char savedPunct = punct;
        boolean savedTrigger = literalTrigger;
        token();
        boolean matches = false;
        if (kind == IDENT) {
            token();
            matches = kind == PUNCT && (punct == first || punct == second);
        }
        pos = saved;
        kind = savedKind;
        start = savedStart;
        end = savedEnd;
        hash = savedHash;
        punct = savedPunct;
        literalTrigger = savedTrigger;
        return matches;
    }

    // ---------------------------------------------------------------- building

    private Scan build() {
        List<TypeFact> typeFacts = new ArrayList<>(types.size());
        long[][] headers = new long[types.size()][];
        boolean[] headerTriggers = new boolean[types.size()];
        long[][][] members = new long[types.size()][][];
        long[][] typeAnnotations = new long[types.size()][];
        long[][][] memberAnnotations = new long[types.size()][][];
        boolean[][] memberTriggers = new boolean[types.size()][];
        for (int t = 0; t < types.size(); t++) {
            TypeBuilder type = types.get(t);
            List<MemberFact> memberFacts = new ArrayList<>(type.members.size());
            members[t] = new long[type.members.size()][];
            memberAnnotations[t] = new long[type.members.size()][];
            memberTriggers[t] = new boolean[type.members.size()];
            for (int m = 0; m < type.members.size(); m++) {
                MemberBuilder member = type.members.get(m);
                memberFacts.add(new MemberFact(member.name, member.kind, member.arity, member.varargs, member.hasBody,
                        member.isStatic, member.isPrivate, structured ? member.trigger[0] : fileTrigger));
                members[t][m] = member.ids.distinct();
                memberAnnotations[t][m] = member.annotations.distinct();
                memberTriggers[t][m] = member.trigger[0];
            }
            LongList onMembers = new LongList();
            for (long[] names : memberAnnotations[t]) {
                for (long name : names) {
                    onMembers.add(name);
                }
            }
            boolean annotated = type.annotations.size() > 0 || onMembers.size() > 0;
            typeFacts.add(new TypeFact(type.name, type.kind, type.isAbstract, type.supertypes, type.superclass,
                    memberFacts, annotated, onMembers.distinct()));
            headers[t] = type.headerIds.distinct();
            typeAnnotations[t] = type.annotations.distinct();
            headerTriggers[t] = type.headerTrigger;
        }
        FileFacts facts = new FileFacts(packageName, imports, typeFacts, marked, setting, structured);
        FileMentions mentions = FileMentions.of(headers, headerTriggers, typeAnnotations, members, memberAnnotations,
                memberTriggers, fileIds.toSortedArray(), fileTrigger);
        return new Scan(facts, mentions);
    }

    /** Words before a member or type that belong to it: annotations, modifiers, types. */
    private static final class Header {
        final LongList ids = new LongList();
        final LongList annotations = new LongList();
        boolean trigger;
        boolean isAbstract;
        boolean isStatic;
        boolean isPrivate;
        boolean done;

        void add(long id) {
            ids.add(id);
        }

        void modifier(long id) {
            if (id == ABSTRACT) {
                isAbstract = true;
            } else if (id == STATIC) {
                isStatic = true;
            } else if (id == PRIVATE) {
                isPrivate = true;
            }
        }

        boolean isEmpty() {
            return ids.size() == 0;
        }
    }

    private final class TypeBuilder {
        final String name;
        final TypeFact.Kind kind;
        final boolean isAbstract;
        final List<String> supertypes = new ArrayList<>();
        String superclass;
        final List<MemberBuilder> members = new ArrayList<>();
        final LongList headerIds = new LongList();
        final LongList annotations = new LongList();
        boolean headerTrigger;

        TypeBuilder(String name, TypeFact.Kind kind, boolean isAbstract) {
            this.name = name;
            this.kind = kind;
            this.isAbstract = isAbstract;
        }

        String simpleName() {
            return name.substring(name.lastIndexOf('.') + 1);
        }

        MemberBuilder member(String memberName, MemberFact.Kind memberKind, Header header) {
            // Member names repeat across a project (get, toString, LOG): one copy of each.
            MemberBuilder member = new MemberBuilder(memberName.intern(), memberKind);
            member.ids.addAll(header.ids);
            member.annotations.addAll(header.annotations);
            member.trigger[0] = header.trigger;
            member.isStatic = header.isStatic;
            member.isPrivate = header.isPrivate;
            members.add(member);
            return member;
        }
    }

    private static final class MemberBuilder {
        final String name;
        final MemberFact.Kind kind;
        final LongList ids = new LongList();
        final LongList annotations = new LongList();
        final boolean[] trigger = new boolean[1];
        int arity;
        boolean varargs;
        boolean hasBody;
        boolean isStatic;
        boolean isPrivate;

        MemberBuilder(String name, MemberFact.Kind kind) {
            this.name = name;
            this.kind = kind;
        }
    }

    /** A growable list of longs. */
    static class LongList {
        private static final long[] NONE = {};

        /** A list that keeps nothing, for words nobody reads. */
        static final LongList DISCARD = new LongList() {
            @Override
            void add(long value) { }
        };

        private long[] values = NONE; // most lists (annotations, say) stay empty: allocate on first use
        private int size;
        /** True once its array comes from the scan's workspace, which takes it back when the scan ends. */
        boolean pooled;

        void add(long value) {
            if (size == values.length) {
                ScanWorkspace work = ScanWorkspace.current();
                long[] grown = work.take(Math.max(16, size * 2), this);
                System.arraycopy(values, 0, grown, 0, size);
                if (values.length > 0) {
                    work.give(values);
                }
                values = grown;
            }
            values[size++] = value;
        }

        /** Gives the array back to the workspace; the list is empty afterwards. */
        void release(ScanWorkspace work) {
            if (values.length > 0) {
                work.give(values);
            }
            values = NONE;
            size = 0;
            pooled = false;
        }

        void addAll(LongList other) {
            for (int i = 0; i < other.size; i++) {
                add(other.values[i]);
            }
        }

        int size() {
            return size;
        }

        /** The distinct values, sorted. */
        long[] distinct() {
            if (size == 0) {
                return NONE;
            }
            long[] sorted = ScanWorkspace.current().scratch(size);
            System.arraycopy(values, 0, sorted, 0, size);
            Arrays.sort(sorted, 0, size);
            int n = 0;
            for (int i = 0; i < size; i++) {
                if (i == 0 || sorted[i] != sorted[i - 1]) {
                    sorted[n++] = sorted[i];
                }
            }
            return Arrays.copyOf(sorted, n);
        }
    }
}
