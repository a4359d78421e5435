package dev.redirectlint.java;

import com.github.javaparser.ast.body.MethodDeclaration;
import java.nio.file.FileSystems;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a framework's home tells the layers below the detectors: the names of its API types (so that
 * {@link TypeNames} resolves them without their source), its status constants, and the words the lexical
 * prefilter looks for. Homes are found with {@link java.util.ServiceLoader}: each is one line of
 * {@code META-INF/services/dev.redirectlint.java.FrameworkFacts}, so no core class names a home.
 */
public interface FrameworkFacts {

    /** Qualified names of the framework's types that the analysis knows without reading their source. */
    Set<String> apiTypes();

    /** The framework's status constants. */
    default List<StatusConstants.Owner> statusConstants() {
        return List.of();
    }

    /**
     * The framework's string constants that a view name may be made of, by qualified member:
     * {@code org.springframework.web.servlet.view.UrlBasedViewResolver.REDIRECT_URL_PREFIX} is {@code "redirect:"}.
     */
    default Map<String, String> stringConstants() {
        return Map.of();
    }

    /**
     * Qualified names of the framework's status types whose static factories ({@code valueOf(code)},
     * {@code fromStatusCode(code)}, {@code resolve(code)}) turn a code into a status: the status of
     * {@code Response.Status.fromStatusCode(302)} is 302.
     */
    default Set<String> statusFactoryTypes() {
        return Set.of();
    }

    /**
     * The framework's own files outside Java that change what its handlers answer (Play's {@code conf/routes},
     * Faces' views), as Maven-style patterns relative to a module's directory ({@code conf/*.routes},
     * {@code src/main/webapp/**}{@code /*.xhtml}, where {@code **} is any number of directories, none
     * included): the build collects the files that match and passes them with the configuration files, and the
     * home reads them ({@code FrameworkHome.configFacts}); a change to one invalidates the cache's results.
     */
    default List<String> configFilePatterns() {
        return List.of();
    }

    /** Every home's configuration file patterns, each once. */
    static List<String> allConfigFilePatterns() {
        return installed().stream().flatMap(home -> home.configFilePatterns().stream()).distinct().toList();
    }

    /**
     * A matcher of paths relative to a module's directory by {@link #configFilePatterns() such patterns}, with
     * Maven's meaning of {@code **}: {@code src/main/webapp/**}{@code /*.xhtml} matches
     * {@code src/main/webapp/index.xhtml} too, which a plain glob does not.
     */
    static PathMatcher configFileMatcher(List<String> patterns) {
        List<PathMatcher> globs = patterns.stream().map(pattern -> {
            String glob = pattern.replace("/**/", "{/,/**/}");
            glob = glob.startsWith("**/") ? "{,**/}" + glob.substring(3) : glob;
            return FileSystems.getDefault().getPathMatcher("glob:" + glob);
        }).toList();
        return path -> globs.stream().anyMatch(glob -> glob.matches(path));
    }

    /**
     * Settings of the application, made in its sources, that change the framework's redirects everywhere
     * ({@link SourceSetting}). None by default.
     */
    default List<SourceSetting> sourceSettings() {
        return List.of();
    }

    /** Every installed home's source settings. */
    static List<SourceSetting> allSourceSettings() {
        return installed().stream().flatMap(home -> home.sourceSettings().stream()).toList();
    }

    /**
     * The libraries whose version the framework's fixes depend on, as {@code groupId:artifactId}
     * ({@code org.springframework:spring-webmvc}). The build tool reports the version it finds of every
     * installed home's library ({@link #allLibraries()}) with the configuration, which the cache's key and a
     * forked run carry, and the home's detectors read it from {@code model.LibraryVersions}. None by default.
     */
    default Set<String> libraries() {
        return Set.of();
    }

    /** Every installed home's libraries, each once, sorted. */
    static List<String> allLibraries() {
        return installed().stream().flatMap(home -> home.libraries().stream()).distinct().sorted().toList();
    }

    /** The words that make a file worth parsing for this framework. */
    default Words words() {
        return Words.NONE;
    }

    /**
     * Words for the lexical prefilter ({@code dev.redirectlint.project.TokenCatalog}).
     *
     * @param triggers identifiers without which the framework's code sends no redirect ({@code sendRedirect},
     *     {@code FOUND_302})
     * @param markers words a file declaring the framework's handlers mentions ({@code jooby})
     * @param routing words of a file that registers routes in code: any member of such a file may register
     *     routes or be the handler a route names
     * @param literals text that a string literal holds when the framework's code redirects with a string
     *     ({@code faces-redirect=true}), as {@code redirect:} is for Spring MVC
     * @param annotations simple names of the annotations that make a method a handler ({@code Post}), as
     *     {@code PostMapping} is for Spring MVC: a method with one is an entry point
     * @param entryNames names of the methods the framework calls for requests whatever their annotations
     *     ({@code filter} of a JAX-RS request filter), as {@code doPost} is for servlets
     */
    record Words(List<String> triggers, List<String> markers, List<String> routing, List<String> literals,
            List<String> annotations, List<String> entryNames) {
        public static final Words NONE = new Words(List.of(), List.of(), List.of());

        /** Words of a framework that calls no method by its name alone. */
        public Words(List<String> triggers, List<String> markers, List<String> routing, List<String> literals,
                List<String> annotations) {
            this(triggers, markers, routing, literals, annotations, List.of());
        }

        /** Words of a framework whose redirects are never written as a string. */
        public Words(List<String> triggers, List<String> markers, List<String> routing) {
            this(triggers, markers, routing, List.of());
        }

        /** Words of a framework that declares no handler by an annotation of the method. */
        public Words(List<String> triggers, List<String> markers, List<String> routing, List<String> literals) {
            this(triggers, markers, routing, literals, List.of());
        }
    }

    /**
     * Names of the framework's calls that set a response's Location header, or send a redirect that writes it
     * ({@code location(uri)}, {@code seeOther(uri)}), on whatever receiver: a handler that makes one is taken to
     * set the header ({@code redirect-without-location} stays quiet).
     */
    default Set<String> locationCalls() {
        return Set.of();
    }

    /**
     * Qualified names of its response types whose constructors take the headers before the status
     * ({@code new ResponseEntity<>(headers, FOUND)}): one built from headers made elsewhere (a parameter, a
     * field, a call) is taken to carry the Location.
     */
    default Set<String> headerCarryingTypes() {
        return Set.of();
    }

    /** Names of its calls that set the header their first argument names: {@code header("Location", url)}. */
    default Set<String> headerCalls() {
        return Set.of();
    }

    /**
     * True if the handler method's own declaration sets the Location header of its responses: an annotation
     * that names the header. False by default.
     */
    default boolean declaresLocation(MethodDeclaration method, TypeNames names) {
        return false;
    }

    /** The homes on the class path, in a fixed order (by class name). */
    static List<FrameworkFacts> installed() {
        return InstalledFrameworks.ALL;
    }
}
