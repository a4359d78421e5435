package dev.redirectlint.java;

import com.github.javaparser.ParseResult;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.TypeDeclaration;
import dev.redirectlint.engine.ParserFactory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The project-wide pass: the types of other files that per-file analysis needs to see, by qualified
 * name. Only files that can matter are parsed for it: those declaring a supertype with mapping
 * annotations (an annotated JAX-RS or Spring interface, a servlet base class), a {@code "redirect:"}
 * constant, a helper that sets a status or redirects, or routes registered in code. Built once before
 * analysis and only read afterwards (but for facts {@link #derived} from it), so analysis threads share it.
 */
public final class ProjectIndex {

    /** A type of another file, with the names of that file to read it by. */
    public record IndexedType(TypeDeclaration<?> declaration, TypeNames names) {}

    public static final ProjectIndex EMPTY = new ProjectIndex();

    private static final List<String> SUPERTYPE_HINTS = List.of("interface", "abstract");
    private static final List<String> MAPPING_HINTS = List.of(
            "Mapping", "@Path", "@POST", "@PUT", "@PATCH", "@DELETE", "@GET", "HttpMethod", "Exchange", "HttpServlet");

    private static final List<String> REDIRECT_CALL_HINTS = List.of(
            "sendRedirect", "setStatus(", ".status(", "new ResponseEntity", "RedirectionException");
    /** Frameworks that register routes in code, naming handler methods of other files. */
    private static final List<String> ROUTE_HINTS = List.of("io.javalin", "import spark.", "import static spark.", "io.vertx.ext.web",
            "RouterFunctions", "SpringdocRouteBuilder");

    private final Map<String, IndexedType> types = new HashMap<>();
    private final Map<String, CompilationUnit> parsed = new IdentityHashMap<>();
    private final List<IndexedFile> files = new ArrayList<>();
    private final Map<Object, Object> derived = new ConcurrentHashMap<>();

    private ProjectIndex() {}

    /**
     * Indexes the sources that may declare what other files inherit or refer to. Files that do not
     * parse are skipped here; the analysis reports them.
     */
    public static ProjectIndex build(Collection<String> sources) {
        return build(sources, (text, work) -> Optional.ofNullable(work.get()));
    }

    /**
     * Like {@link #build(Collection)}, but each file's parsing and indexing is handed to {@code guard},
     * which runs it (on another thread, with a time limit, say) and returns its value, or nothing if it
     * failed. The index itself is only changed on the calling thread, from the values returned, so work
     * that the guard gave up on cannot touch it later.
     */
    public static ProjectIndex build(Collection<String> sources,
            BiFunction<String, Supplier<IndexedFile>, Optional<IndexedFile>> guard) {
        return build(sources, guard, (texts, work) -> texts.stream().map(work).toList());
    }

    /**
     * Like {@link #build(Collection, BiFunction)}, with the files' parsing spread by {@code mapper} (which
     * applies a function to each text, on several threads, say, and returns the results in order).
     */
    public static ProjectIndex build(Collection<String> sources,
            BiFunction<String, Supplier<IndexedFile>, Optional<IndexedFile>> guard,
            BiFunction<List<String>, Function<String, Optional<IndexedFile>>, List<Optional<IndexedFile>>> mapper) {
        ProjectIndex index = new ProjectIndex();
        List<String> worth = sources.stream().filter(ProjectIndex::worthIndexing).toList();
        List<Optional<IndexedFile>> files = mapper.apply(worth, text -> guard.apply(text, () -> index.indexFile(text)));
        for (int i = 0; i < worth.size(); i++) {
            String text = worth.get(i);
            files.get(i).ifPresent(file -> {
                index.parsed.put(text, file.unit());
                index.files.add(file);
                file.types().forEach(index.types::putIfAbsent);
            });
        }
        return index;
    }

    /** One file's share of the index: its tree, its names and its types by qualified name. */
    public record IndexedFile(CompilationUnit unit, TypeNames names, Map<String, IndexedType> types) {}

    /** Parses and names one file's types without changing the index; {@code null} if it does not parse. */
    private IndexedFile indexFile(String text) {
        ParseResult<CompilationUnit> parsed = ParserFactory.parse(stripBom(text));
        if (parsed.getResult().isEmpty() || !parsed.isSuccessful()) {
            return null;
        }
        TypeNames names = new TypeNames(parsed.getResult().get(), this);
        Map<String, IndexedType> declared = new LinkedHashMap<>();
        for (TypeDeclaration<?> type : names.declaredTypes()) {
            type.getFullyQualifiedName().ifPresent(fqn -> declared.putIfAbsent(fqn, new IndexedType(type, names)));
        }
        return new IndexedFile(parsed.getResult().get(), names, declared);
    }

    /** The tree the index already parsed from exactly this text (the same string), so analysis can reuse it. */
    public Optional<CompilationUnit> parsed(String text) {
        return Optional.ofNullable(parsed.get(text));
    }

    public Optional<IndexedType> find(String fqn) {
        return Optional.ofNullable(types.get(fqn));
    }

    public boolean isEmpty() {
        return types.isEmpty();
    }

    /** Every indexed file. */
    public List<IndexedFile> files() {
        return Collections.unmodifiableList(files);
    }

    /**
     * A project-wide fact computed once from the index, such as the routes a framework registers in
     * code; {@code key} names it (a class of the caller's, say). Safe to call from analysis threads.
     */
    @SuppressWarnings("unchecked")
    public <T> T derived(Object key, Function<ProjectIndex, T> compute) {
        return (T) derived.computeIfAbsent(key, k -> compute.apply(this));
    }

    /** A cheap text test that skips parsing most files of a project. */
    static boolean worthIndexing(String text) {
        // A constant or a helper (say, a base controller's redirectTo) that other files may use.
        boolean redirectText = text.contains("redirect:") || text.contains("REDIRECT_URL_PREFIX");
        // A helper that subclasses inherit, say a base servlet's redirect(response, url).
        boolean statusHelper = REDIRECT_CALL_HINTS.stream().anyMatch(text::contains);
        boolean supertype = SUPERTYPE_HINTS.stream().anyMatch(text::contains)
                && MAPPING_HINTS.stream().anyMatch(text::contains);
        boolean routes = ROUTE_HINTS.stream().anyMatch(text::contains);
        return redirectText || statusHelper || supertype || routes;
    }

    private static String stripBom(String text) {
        return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    }
}
