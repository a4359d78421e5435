package dev.redirectlint.project;

import com.github.javaparser.ParseResult;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import dev.redirectlint.java.BeanNames;
import dev.redirectlint.java.ProjectSettings;
import dev.redirectlint.java.ProjectTypes;
import dev.redirectlint.java.SourceFile;
import dev.redirectlint.source.ParserFactory;
import dev.redirectlint.source.SourceText;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Function;

/**
 * The whole program as the analysis sees it: every file of the project (the sources to check and the
 * sources of the modules they depend on) with its lexical facts, a type index and hierarchy built from
 * them, and the files' trees, parsed only when an analysis first needs one and kept in a bounded cache.
 * Every lookup made while an analysis runs is recorded in its {@link Reads}.
 */
public final class ProjectModel implements ProjectTypes {

    private final Map<String, String> answers = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * One file of the project.
     *
     * @param path as given to the engine (findings name it)
     * @param own true for a source to check, false for one that is only context (another module's)
     * @param hash the content hash of its text
     * @param facts what its text declares
     */
    public record Entry(Path path, boolean own, String hash, FileFacts facts) {}

    /**
     * Reads a file's text for parsing. It must be the text the facts and the hash were taken from: a loader
     * throws rather than hand over a file that changed since, because every offset a finding or a fix
     * carries is an offset into that text.
     */
    @FunctionalInterface
    public interface SourceLoader {
        String read(Path path, String hash) throws IOException;
    }

    /** More bodies than this and a call through the type is not followed: it is a plug-in point. */
    public static final int MAX_IMPLEMENTATIONS = 8;

    private static final boolean DEBUG_PARSES = Boolean.getBoolean("redirectlint.debugParses");

    private final List<Entry> entries;
    /** Where each file is in {@link #entries}: a cached result asks for every file it read. */
    private final Map<Path, Integer> indexByPath;
    private final TypeIndex types;
    private final TypeGraph graph;
    private final Relevance relevance;
    private final SourceLoader loader;
    private final ParseCache cache;
    private final ProjectSettings settings;
    private final ConcurrentHashMap<Object, FutureTask<Derived>> derived = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Integer, FutureTask<SourceFile>> parsing = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicInteger parses = new java.util.concurrent.atomic.AtomicInteger();

    private record Derived(Object value, Reads reads) {}

    /**
     * @param relevance what the lexical pass found can lead to a redirect, over the same files in the same
     *     order; {@code null} to follow every call (as when every file is analysed)
     */
    public ProjectModel(List<Entry> entries, SourceLoader loader, long parseBudgetChars, ProjectSettings settings,
            Relevance relevance) {
        this.entries = List.copyOf(entries);
        this.indexByPath = new java.util.HashMap<>(entries.size() * 2);
        for (int i = 0; i < entries.size(); i++) {
            indexByPath.putIfAbsent(entries.get(i).path(), i);
        }
        this.relevance = relevance;
        this.types = relevance != null ? relevance.types() : new TypeIndex(entries.stream().map(Entry::facts).toList());
        this.graph = relevance != null ? relevance.graph() : new TypeGraph(types);
        this.loader = loader;
        this.cache = new ParseCache(parseBudgetChars);
        this.settings = settings;
    }

    public List<Entry> entries() {
        return entries;
    }

    public TypeIndex types() {
        return types;
    }

    public TypeGraph graph() {
        return graph;
    }

    /**
     * The parsed file, or empty if it cannot be read or parsed (its own analysis reports why). The
     * analysis in progress keeps every tree it was given, so it sees one tree per file throughout.
     */
    public Optional<SourceFile> file(int index) {
        Reads reads = Reads.current();
        if (reads != null && reads.pinned(index) != null) {
            return Optional.of(reads.pinned(index));
        }
        SourceFile parsed = cache.get(index);
        if (parsed == null) {
            parsed = parseOnce(index);
        }
        if (reads != null) {
            reads.answer("file:" + entries.get(index).path(), entries.get(index).hash());
            if (parsed != null) {
                reads.pin(index, parsed);
            }
        }
        return Optional.ofNullable(parsed);
    }

    /** How many parses this model made (a file evicted from the cache and needed again counts twice). */
    public int parsedCount() {
        return parses.get();
    }

    /**
     * Parses the file, or waits for the analysis already parsing it: two threads that need one base class at
     * once share its tree, so what one memoised about its nodes holds for the other.
     */
    private SourceFile parseOnce(int index) {
        FutureTask<SourceFile> task = new FutureTask<>(() -> {
            SourceFile fresh = parse(index);
            if (fresh != null) {
                cache.put(index, fresh);
            }
            return fresh;
        });
        FutureTask<SourceFile> running = parsing.putIfAbsent(index, task);
        if (running == null) {
            running = task;
            SourceFile again = cache.get(index);
            if (again != null) {
                parsing.remove(index, task);
                return again;
            }
            task.run();
        }
        try {
            return running.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException e) {
            return null;
        } finally {
            parsing.remove(index, running);
        }
    }

    private SourceFile parse(int index) {
        parses.incrementAndGet();
        Entry entry = entries.get(index);
        if (DEBUG_PARSES) {
            System.err.println("redirect-lint parses " + entry.path());
        }
        try {
            SourceText source = new SourceText(loader.read(entry.path(), entry.hash()));
            ParseResult<CompilationUnit> result = ParserFactory.parse(source.parsableText());
            if (!result.isSuccessful() || result.getResult().isEmpty()) {
                return null;
            }
            return new SourceFile(entry.path(), entry.hash(), source, result.getResult().get(), this);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Answers again a question an analysis asked ({@link Reads#answers()}), from the lexical facts alone and
     * without parsing: a cached result is still valid if every answer is the same.
     */
    public String answer(String question) {
        // Many cached results ask the same questions (every route handler asks which files register routes),
        // and each answer may look at every file: each is worked out once per model.
        return answers.computeIfAbsent(question, this::answerAgain);
    }

    private String answerAgain(String question) {
        int colon = question.indexOf(':');
        String kind = question.substring(0, colon + 1);
        String subject = question.substring(colon + 1);
        switch (kind) {
            case "file:" -> {
                int index = indexOf(Path.of(subject));
                return index < 0 ? "-" : entries.get(index).hash();
            }
            case "type:" -> {
                int id = types.find(subject);
                return id < 0 ? "-" : entries.get(types.fileOf(id)).path().toString();
            }
            case "impl:" -> {
                int hash = subject.indexOf('#');
                int slash = subject.lastIndexOf('/');
                int id = types.find(subject.substring(0, hash));
                Set<Integer> found = followed(id, subject.substring(hash + 1, slash),
                        Integer.parseInt(subject.substring(slash + 1)));
                return String.join(",", found.stream().map(types::qualifiedName).sorted().toList());
            }
            case "bean:" -> {
                int hash = subject.indexOf('#');
                int slash = subject.lastIndexOf('/');
                int at = subject.lastIndexOf('@');
                int id = types.find(subject.substring(0, hash));
                Set<Integer> found = registeredAs(id, subject.substring(hash + 1, slash),
                        Integer.parseInt(subject.substring(slash + 1, at)), subject.substring(at + 1));
                return String.join(",", found.stream().map(types::qualifiedName).sorted().toList());
            }
            case "routes:" -> {
                Set<String> routerTypes = Set.of(subject.split(","));
                List<String> paths = new ArrayList<>();
                for (Entry entry : entries) {
                    if (importsAny(entry.facts(), routerTypes)) {
                        paths.add(entry.path().toString());
                    }
                }
                return String.join(",", paths);
            }
            case "reach:" -> {
                int hash = subject.lastIndexOf('#');
                return String.valueOf(mayReachRedirect(subject.substring(0, hash), subject.substring(hash + 1)));
            }
            case "contributes:" -> {
                return String.valueOf(contributes(subject));
            }
            case "field:" -> {
                int hash = subject.lastIndexOf('#');
                return String.valueOf(mayHaveField(subject.substring(0, hash), subject.substring(hash + 1)));
            }
            case "declares:" -> {
                int hash = subject.lastIndexOf('#');
                return String.valueOf(mayHaveMethod(subject.substring(0, hash),
                        Set.of(subject.substring(hash + 1).split(","))));
            }
            case "annotates:" -> {
                int hash = subject.lastIndexOf('#');
                return String.valueOf(mayAnnotateMembers(subject.substring(0, hash),
                        Set.of(subject.substring(hash + 1).split(","))));
            }
            default -> {
                return "?" + question; // a question this version does not know: never the same answer
            }
        }
    }

    /** Why a file does not parse: the parser's problems (none if it cannot be read at all). */
    public List<com.github.javaparser.Problem> problems(int index) {
        try {
            String text = loader.read(entries.get(index).path(), entries.get(index).hash());
            return ParserFactory.parse(new SourceText(text).parsableText()).getProblems();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /** The index of the file with that path, or -1. */
    public int indexOf(Path path) {
        return indexByPath.getOrDefault(path, -1);
    }

    @Override
    public Optional<ProjectType> find(String qualifiedName) {
        int id = types.find(qualifiedName);
        Reads reads = Reads.current();
        if (reads != null) {
            reads.answer("type:" + qualifiedName, id < 0 ? "-" : entries.get(types.fileOf(id)).path().toString());
        }
        return id < 0 ? Optional.empty() : declaration(id);
    }

    /** The parsed declaration of a type of the index. */
    public Optional<ProjectType> declaration(int id) {
        int file = types.fileOf(id);
        return file(file).flatMap(source -> locate(source.unit(), types.type(id).name())
                .map(declaration -> new ProjectType(declaration, source.names())));
    }

    /** The type named {@code Outer.Inner} in a tree: top-level types, then their member types. */
    private static Optional<TypeDeclaration<?>> locate(CompilationUnit unit, String name) {
        String[] parts = name.split("\\.");
        List<? extends BodyDeclaration<?>> scope = unit.getTypes();
        TypeDeclaration<?> found = null;
        for (String part : parts) {
            found = null;
            for (BodyDeclaration<?> member : scope) {
                if (member instanceof TypeDeclaration<?> type && type.getNameAsString().equals(part)) {
                    found = type;
                    break;
                }
            }
            if (found == null) {
                return Optional.empty();
            }
            scope = found.getMembers();
        }
        return Optional.ofNullable(found);
    }

    @Override
    public List<ProjectType> implementations(String qualifiedName, String method, int arguments) {
        int id = types.find(qualifiedName);
        Set<Integer> implementations = followed(id, method, arguments);
        Reads reads = Reads.current();
        if (reads != null) {
            List<String> names = implementations.stream().map(types::qualifiedName).sorted().toList();
            reads.answer("impl:" + qualifiedName + "#" + method + "/" + arguments, String.join(",", names));
        }
        List<ProjectType> found = new ArrayList<>();
        implementations.forEach(implementation -> declaration(implementation).ifPresent(found::add));
        return found;
    }

    @Override
    public List<ProjectType> implementations(String qualifiedName, String method, int arguments, String bean) {
        int id = types.find(qualifiedName);
        Set<Integer> named = registeredAs(id, method, arguments, bean);
        Reads reads = Reads.current();
        if (reads != null) {
            List<String> names = named.stream().map(types::qualifiedName).sorted().toList();
            reads.answer("bean:" + qualifiedName + "#" + method + "/" + arguments + "@" + bean, String.join(",", names));
        }
        if (named.isEmpty()) {
            return implementations(qualifiedName, method, arguments);
        }
        List<ProjectType> found = new ArrayList<>();
        named.forEach(implementation -> declaration(implementation).ifPresent(found::add));
        return found;
    }

    /**
     * The declarations of the method that run on the concrete types among the type and its subtypes that
     * register as the bean {@code bean}; empty when the type has at most one implementation (nothing to
     * choose) or none registers so (the bean is declared where the source does not show it).
     */
    private Set<Integer> registeredAs(int id, String method, int arguments, String bean) {
        Set<Integer> found = new LinkedHashSet<>();
        if (id < 0 || implementations(id, method, arguments).size() < 2) {
            return found;
        }
        BitSet concrete = concreteTypes(id);
        for (int c = concrete.nextSetBit(0); c >= 0; c = concrete.nextSetBit(c + 1)) {
            Optional<String> registered = declaration(c).flatMap(type -> BeanNames.registered(type.declaration()));
            int declaring = registered.filter(bean::equals).isPresent() ? mostSpecific(c, method, arguments) : -1;
            if (declaring >= 0) {
                found.add(declaring);
            }
        }
        return found;
    }

    /** The implementations a call through the type is followed to (see {@link #followsThrough}). */
    private Set<Integer> followed(int id, String method, int arguments) {
        Set<Integer> followed = new LinkedHashSet<>();
        if (id >= 0) {
            long member = Identifiers.hash(method);
            implementations(id, method, arguments).stream()
                    .filter(implementation -> followsThrough(graph, id, implementation, member))
                    .forEach(followed::add);
        }
        return followed;
    }

    /**
     * True if a call of {@code member} through type {@code through} is followed to the body in
     * {@code implementation}: always when the type and its subtypes give the member at most one body; else,
     * up to {@value #MAX_IMPLEMENTATIONS} bodies, to those that redirect in their own text (one level: the
     * redirecting strategy among several), and beyond that to none (a plug-in point). Counted by name from the
     * lexical facts, so the relevance closure ({@link Relevance}) and the analysis decide alike.
     */
    public static boolean followsThrough(TypeGraph graph, int through, int implementation, long member) {
        int bodies = graph.bodies(through, member);
        return bodies <= 1 || bodies <= MAX_IMPLEMENTATIONS && graph.redirectsItself(implementation, member);
    }

    /**
     * The distinct types whose declaration of the method runs on an instance of the type or of a subtype:
     * for each concrete class among them, its own declaration with a body, else its superclass's, and so
     * on, else a default method of one of its interfaces.
     */
    Set<Integer> implementations(int id, String method, int arguments) {
        Set<Integer> found = new LinkedHashSet<>();
        BitSet concrete = concreteTypes(id);
        for (int c = concrete.nextSetBit(0); c >= 0; c = concrete.nextSetBit(c + 1)) {
            int declaring = mostSpecific(c, method, arguments);
            if (declaring >= 0) {
                found.add(declaring);
            }
        }
        return found;
    }

    /** The type and its subtypes that can be instantiated, in id order. */
    private BitSet concreteTypes(int id) {
        BitSet concrete = new BitSet();
        if (types.type(id).isConcreteClass()) {
            concrete.set(id);
        }
        for (int sub : graph.subtypes(id)) {
            if (types.type(sub).isConcreteClass()) {
                concrete.set(sub);
            }
        }
        return concrete;
    }

    private int mostSpecific(int id, String method, int arguments) {
        int current = id;
        for (int depth = 0; current >= 0 && depth < 32; depth++) {
            if (declaresWithBody(current, method, arguments)) {
                return current;
            }
            String superclass = types.type(current).superclass();
            current = superclass == null ? -1 : types.resolve(types.fileOf(current), superclass);
        }
        for (int sup : graph.supertypes(id)) {
            if (types.type(sup).kind() == TypeFact.Kind.INTERFACE && declaresWithBody(sup, method, arguments)) {
                return sup;
            }
        }
        return -1;
    }

    private boolean declaresWithBody(int id, String method, int arguments) {
        for (MemberFact member : types.type(id).members()) {
            if (member.name().equals(method) && member.hasBody() && member.accepts(arguments)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public List<SourceFile> routeFiles(Set<String> routerTypes) {
        List<SourceFile> files = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            if (importsAny(entries.get(i).facts(), routerTypes)) {
                paths.add(entries.get(i).path().toString());
                file(i).ifPresent(files::add);
            }
        }
        Reads reads = Reads.current();
        if (reads != null) {
            reads.answer("routes:" + String.join(",", new java.util.TreeSet<>(routerTypes)), String.join(",", paths));
        }
        return files;
    }

    /** True if the file imports one of the types, its package ({@code a.b.*}) or its members statically. */
    private static boolean importsAny(FileFacts facts, Set<String> types) {
        for (String imported : facts.imports()) {
            boolean isStatic = imported.startsWith("static ");
            String name = isStatic ? imported.substring(7) : imported;
            for (String type : types) {
                int dot = type.lastIndexOf('.');
                boolean wildcard = name.length() == dot + 2 && name.endsWith(".*") && type.startsWith(name.substring(0, dot));
                boolean member = isStatic && name.length() > type.length() && name.startsWith(type)
                        && name.charAt(type.length()) == '.';
                if (name.equals(type) || wildcard || member) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public ProjectSettings settings() {
        return settings;
    }

    @Override
    public boolean mayReachRedirect(String qualifiedName, String member) {
        int id = types.find(qualifiedName);
        if (relevance == null || id < 0) {
            return true;
        }
        BitSet related = new BitSet();
        related.set(id);
        for (int sup : graph.supertypes(id)) {
            related.set(sup);
        }
        for (int sub : graph.subtypes(id)) {
            related.set(sub);
        }
        boolean reaches = false;
        for (int t = related.nextSetBit(0); t >= 0 && !reaches; t = related.nextSetBit(t + 1)) {
            reaches = relevantMember(t, member);
        }
        Reads reads = Reads.current();
        if (reads != null) {
            reads.answer("reach:" + qualifiedName + "#" + member, String.valueOf(reaches));
        }
        return reaches;
    }

    private boolean relevantMember(int id, String member) {
        int file = types.fileOf(id);
        int local = id - types.id(file, 0);
        List<MemberFact> members = types.type(id).members();
        for (int m = 0; m < members.size(); m++) {
            if (members.get(m).name().equals(member) && relevance.isRelevant(file, local, m)) {
                return true;
            }
        }
        return !types.file(file).structured();
    }

    @Override
    public boolean contributes(String qualifiedName) {
        int id = types.find(qualifiedName);
        if (relevance == null || id < 0) {
            return true;
        }
        boolean contributes = contributes(id, 0);
        Reads reads = Reads.current();
        if (reads != null) {
            reads.answer("contributes:" + qualifiedName, String.valueOf(contributes));
        }
        return contributes;
    }

    /** Not bare itself, or a supertype that is a library type or contributes. */
    private boolean contributes(int id, int depth) {
        TypeFact type = types.type(id);
        if (!type.isBare() || depth > 16) {
            return true;
        }
        int file = types.fileOf(id);
        for (String written : type.supertypes()) {
            int parent = types.resolve(file, written);
            if (parent < 0 || contributes(parent, depth + 1)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean mayAnnotateMembers(String qualifiedName, Set<String> simpleNames) {
        LongSet names = new LongSet();
        simpleNames.forEach(name -> names.add(Identifiers.hash(name)));
        return upTheHierarchy("annotates:", qualifiedName, String.join(",", new TreeSet<>(simpleNames)),
                (type, file) -> type.annotatesMembersWithAny(names)
                        || type.annotatesMembersWithAny(declaredAnnotations(file)));
    }

    @Override
    public boolean mayHaveMethod(String qualifiedName, Set<String> signatures) {
        return upTheHierarchy("declares:", qualifiedName, String.join(",", new TreeSet<>(signatures)),
                (type, file) -> type.members().stream().anyMatch(member -> member.kind() == MemberFact.Kind.METHOD
                        && member.hasBody() && signatures.contains(member.name() + "/" + member.arity())));
    }

    @Override
    public boolean mayHaveField(String qualifiedName, String field) {
        return upTheHierarchy("field:", qualifiedName, field, (type, file) -> type.members().stream()
                .anyMatch(member -> member.kind() == MemberFact.Kind.FIELD && member.name().equals(field)));
    }

    /**
     * True if the type or a project type it extends or implements passes the test, or has its file's facts in
     * doubt (braces that do not balance); true for a type the project does not declare. The answer is recorded
     * as {@code kind qualifiedName#subject}, which {@link #answerAgain} asks again of a cached result.
     */
    private boolean upTheHierarchy(String kind, String qualifiedName, String subject,
            java.util.function.BiPredicate<TypeFact, FileFacts> test) {
        int id = types.find(qualifiedName);
        if (id < 0) {
            return true;
        }
        boolean found = false;
        int[] supertypes = graph.supertypes(id);
        for (int i = -1; i < supertypes.length && !found; i++) {
            int t = i < 0 ? id : supertypes[i];
            FileFacts file = types.file(types.fileOf(t));
            found = !file.structured() || test.test(types.type(t), file);
        }
        Reads reads = Reads.current();
        if (reads != null) {
            reads.answer(kind + qualifiedName + "#" + subject, String.valueOf(found));
        }
        return found;
    }

    /** The annotation types a file declares, which may stand for a framework's (meta-annotated with one). */
    private static LongSet declaredAnnotations(FileFacts file) {
        LongSet declared = new LongSet();
        for (TypeFact type : file.types()) {
            if (type.kind() == TypeFact.Kind.ANNOTATION) {
                declared.add(Identifiers.hash(type.simpleName()));
            }
        }
        return declared;
    }

    @Override
    public boolean exists(String qualifiedName) {
        boolean exists = types.find(qualifiedName) >= 0;
        Reads reads = Reads.current();
        if (reads != null) {
            reads.answer("type:" + qualifiedName, exists ? entries.get(types.fileOf(types.find(qualifiedName))).path()
                    .toString() : "-");
        }
        return exists;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T memo(SourceFile file, Object key, java.util.function.Supplier<T> compute) {
        Map<Object, Object> facts = file.memo();
        Derived known = (Derived) facts.get(key);
        if (known == null) {
            Reads reads = new Reads();
            Object value = reads.during(compute::get);
            known = new Derived(value, reads.released());
            Object raced = facts.putIfAbsent(key, known);
            known = raced != null ? (Derived) raced : known;
        }
        Reads current = Reads.current();
        if (current != null) {
            current.addAll(known.reads());
        }
        return (T) known.value();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T derived(Object key, Function<ProjectTypes, T> compute) {
        FutureTask<Derived> task = new FutureTask<>(() -> {
            Reads reads = new Reads();
            Object value = reads.during(() -> compute.apply(this));
            return new Derived(value, reads.released());
        });
        FutureTask<Derived> existing = derived.putIfAbsent(key, task);
        if (existing == null) {
            task.run();
            existing = task;
        }
        try {
            Derived result = existing.get();
            Reads reads = Reads.current();
            if (reads != null) {
                reads.addAll(result.reads());
            }
            return (T) result.value();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while computing " + key, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("failed to compute " + key, e.getCause());
        }
    }

    @Override
    public boolean isEmpty() {
        return false;
    }
}
