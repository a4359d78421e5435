package dev.redirectlint.frameworks.struts;

import dev.redirectlint.api.ProcessingError;
import dev.redirectlint.frameworks.struts.StrutsXmlDocument.ActionDecl;
import dev.redirectlint.frameworks.struts.StrutsXmlDocument.PackageDecl;
import dev.redirectlint.frameworks.struts.StrutsXmlDocument.ResultDecl;
import dev.redirectlint.frameworks.struts.StrutsXmlDocument.ResultType;
import dev.redirectlint.frameworks.struts.StrutsXmlResults.XmlRedirect;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads the Struts configuration a project's class path holds, as Struts' {@code Dispatcher} loads it:
 * {@code struts-default.xml}, {@code struts-plugin.xml} and {@code struts.xml} from the class path root
 * ({@code DEFAULT_CONFIGURATION_PATHS}), each with the files its {@code <include file="..."/>} names, relative to
 * that root and with {@code *} wildcards ({@code XmlConfigurationProvider.loadConfigurationFiles}). The project
 * holds {@code struts.xml} (and a plugin of its own, {@code struts-plugin.xml}); {@code struts-default.xml} is
 * in Struts' jar, and what it declares is known here: the {@code struts-default} package, whose result types
 * {@code redirect} and {@code redirectAction} are {@code ServletRedirectResult} and
 * {@code ServletActionRedirectResult} (Struts 2.0's {@code redirect-action} too), {@code dispatcher} the default,
 * and its {@code <global-allowed-methods>}. Whether Dynamic Method Invocation is on comes from the files'
 * {@code <constant>}s and the root's {@code struts.properties}.
 */
final class StrutsXmlReader {

    /**
     * Where a build keeps the class path's resources: Maven's, and a web application's classes directory at any
     * depth ({@code src/main/webapp/WEB-INF/classes}, {@code WebContent/WEB-INF/classes}, or an Ant build's
     * {@code tomcat/webapps/ROOT/WEB-INF/classes}).
     */
    static final List<String> PATTERNS = List.of("src/main/resources/**/*.xml",
            "src/main/webapp/WEB-INF/classes/**/*.xml", "WebContent/WEB-INF/classes/**/*.xml",
            "**/WEB-INF/classes/**/*.xml", "src/main/resources/struts.properties",
            "**/WEB-INF/classes/struts.properties");

    /** A class path root ends with these names; a web application's classes directory wherever it is. */
    private static final List<List<String>> ROOTS = List.of(List.of("src", "main", "resources"),
            List.of("WEB-INF", "classes"));

    /** The constants file Struts reads from the class path root after the XML ({@code Dispatcher.init}). */
    static final String PROPERTIES = "struts.properties";

    /** The constant that turns Dynamic Method Invocation on ({@code action!method}); false in default.properties. */
    static final String DMI = "struts.enable.DynamicMethodInvocation";

    /** The regex a {@code *} or {@code {1}} of an allowed method stands for without strict method invocation. */
    private static final String METHOD_REGEX = "([A-Za-z0-9_$]*)";

    /** struts-default's {@code <global-allowed-methods>}, which every package that extends it inherits. */
    private static final List<String> STRUTS_DEFAULT_ALLOWED = List.of(
            "execute", "input", "back", "cancel", "browse", "save", "delete", "list", "index");

    /** The files Struts loads from the class path root unless told otherwise (struts-default.xml is its own). */
    private static final List<String> ENTRY_FILES = List.of("struts-plugin.xml", "struts.xml");

    /** The result classes that answer through {@code ServletRedirectResult.sendRedirect}. */
    static final Set<String> REDIRECT_CLASSES = Set.of(
            "org.apache.struts2.result.ServletRedirectResult", "org.apache.struts2.result.ServletActionRedirectResult",
            "org.apache.struts2.dispatcher.ServletRedirectResult",
            "org.apache.struts2.dispatcher.ServletActionRedirectResult");

    /** struts-default's result types that redirect, by name. */
    private static final Map<String, String> DEFAULT_REDIRECT_TYPES = Map.of(
            "redirect", "org.apache.struts2.result.ServletRedirectResult",
            "redirectAction", "org.apache.struts2.result.ServletActionRedirectResult",
            "redirect-action", "org.apache.struts2.dispatcher.ServletActionRedirectResult");

    private static final String DEFAULT_RESULT_TYPE = "dispatcher";
    private static final int MAX_DEPTH = 32;

    private StrutsXmlReader() {}

    /** The redirect results of the configuration; empty if no file is a class path root's {@code struts.xml}. */
    static Optional<StrutsXmlResults> read(List<Path> configFiles) {
        Map<Path, Map<String, Path>> byRoot = new LinkedHashMap<>();
        for (Path file : configFiles) {
            Path root = rootOf(file);
            byRoot.computeIfAbsent(root, k -> new TreeMap<>()).put(relative(root, file), file);
        }
        List<XmlRedirect> redirects = new ArrayList<>();
        List<ProcessingError> errors = new ArrayList<>();
        boolean any = false;
        for (Map<String, Path> files : byRoot.values()) {
            List<Loaded> loaded = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (String entry : ENTRY_FILES) {
                if (files.containsKey(entry)) {
                    any = true;
                    load(entry, files, seen, loaded, errors, 0);
                }
            }
            redirects.addAll(resolve(loaded, dynamicMethodInvocation(loaded, files.get(PROPERTIES), errors)));
        }
        return any ? Optional.of(new StrutsXmlResults(redirects, errors)) : Optional.empty();
    }

    /** A file read, with its name below the root. */
    private record Loaded(String name, StrutsXmlDocument document) {}

    /** Reads a file and then what it includes, each once, in Struts' order. */
    private static void load(String name, Map<String, Path> files, Set<String> seen, List<Loaded> loaded,
            List<ProcessingError> errors, int depth) {
        Path file = files.get(name);
        if (file == null || !seen.add(name) || depth > MAX_DEPTH) {
            return; // in a jar, or read already
        }
        StrutsXmlDocument document;
        try {
            document = StrutsXmlDocument.read(file);
        } catch (SAXParseException e) {
            errors.add(new ProcessingError(file, Math.max(e.getLineNumber(), 0), Math.max(e.getColumnNumber(), 0),
                    "not a well-formed Struts configuration file, its actions not read: " + e.getMessage()));
            return;
        } catch (SAXException | IOException | RuntimeException e) {
            errors.add(new ProcessingError(file, 0, 0, "cannot read this Struts configuration file: " + e.getMessage()));
            return;
        }
        loaded.add(new Loaded(name, document));
        for (String include : document.includes) {
            String target = include.startsWith("/") ? include.substring(1) : include;
            if (target.indexOf('*') < 0) {
                load(target, files, seen, loaded, errors, depth + 1);
            } else {
                Pattern pattern = wildcard(target);
                for (String candidate : files.keySet()) {
                    if (candidate.endsWith(".xml") && pattern.matcher(candidate).matches()) {
                        load(candidate, files, seen, loaded, errors, depth + 1);
                    }
                }
            }
        }
    }

    /** Struts' wildcard: {@code *} matches within a directory, {@code **} across them. */
    private static Pattern wildcard(String glob) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                regex.append(".*");
                i++;
            } else if (c == '*') {
                regex.append("[^/]*");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }

    /**
     * Whether Dynamic Method Invocation is on: the last {@code <constant>} of the files read, then
     * {@code struts.properties} next to them, which Struts loads after them; off when neither says.
     */
    private static boolean dynamicMethodInvocation(List<Loaded> loaded, Path properties, List<ProcessingError> errors) {
        String value = null;
        for (Loaded file : loaded) {
            value = file.document().constants.getOrDefault(DMI, value);
        }
        if (properties != null) {
            Properties read = new Properties();
            try (Reader in = Files.newBufferedReader(properties, StandardCharsets.ISO_8859_1)) {
                read.load(in);
                value = read.getProperty(DMI, value);
            } catch (IOException | IllegalArgumentException e) {
                errors.add(new ProcessingError(properties, 0, 0, "cannot read this Struts properties file: "
                        + e.getMessage()));
            }
        }
        return value != null && value.trim().equalsIgnoreCase("true");
    }

    /**
     * The methods Dynamic Method Invocation may call on an action
     * ({@code XmlDocConfigurationProvider.buildAllowedMethods}, {@code AllowedMethods.build}): the
     * {@code <global-allowed-methods>} of its package and those it extends (struts-default's for a package not
     * read) and its own {@code <allowed-methods>}; only the global ones if it has none and its package is strict;
     * any method ({@code *}) if its package is not strict and the action has none. Each is a name, {@code *}, or
     * {@code regex:} and a pattern ({@code regex:...} as written; a {@code *} or {@code {1}} only in a package
     * that is not strict).
     */
    private static Set<String> allowedMethods(ActionDecl action, PackageDecl pkg, List<PackageDecl> chain,
            Map<String, PackageDecl> packages) {
        Set<String> written = new LinkedHashSet<>();
        for (PackageDecl declared : chain) {
            written.addAll(declared.globalAllowedMethods());
            if (declared.parents().stream().anyMatch(parent -> !packages.containsKey(parent))) {
                written.addAll(STRUTS_DEFAULT_ALLOWED);
            }
        }
        if (action.declaresAllowed()) {
            written.addAll(action.allowedMethods());
        } else if (!pkg.strict()) {
            written = Set.of("*");
        }
        Set<String> methods = new LinkedHashSet<>();
        for (String method : written) {
            boolean wildcard = method.contains("*") || method.matches(".*\\{.\\}.*");
            if (method.startsWith("regex:")) {
                methods.add(method);
            } else if (method.equals("*") && !pkg.strict()) {
                methods.add("*"); // ActionConfig.WILDCARD: any method
            } else if (wildcard && !pkg.strict()) {
                methods.add("regex:" + method.replaceAll("\\{.\\}", "*").replace("*", METHOD_REGEX));
            } else if (!wildcard) {
                methods.add(method); // with strict method invocation a * or {1} is no pattern, and no Java name
            }
        }
        return methods;
    }

    /** Every action's results that may redirect, with what its package and the packages it extends give it. */
    private static List<XmlRedirect> resolve(List<Loaded> loaded, boolean dynamicMethodInvocation) {
        Map<String, PackageDecl> packages = new HashMap<>();
        Map<String, String> fileOf = new HashMap<>();
        for (Loaded file : loaded) {
            for (PackageDecl pkg : file.document().packages) {
                packages.putIfAbsent(pkg.name(), pkg);
                fileOf.putIfAbsent(pkg.name(), file.name());
            }
        }
        List<XmlRedirect> redirects = new ArrayList<>();
        for (Loaded file : loaded) {
            for (PackageDecl pkg : file.document().packages) {
                List<PackageDecl> chain = chain(pkg, packages);
                for (ActionDecl action : pkg.actions()) {
                    String actionClass = action.className().isEmpty() ? defaultClass(chain) : action.className();
                    if (actionClass.isEmpty() || actionClass.contains("{") || isStrutsClass(actionClass)) {
                        continue; // ActionSupport's execute, or a class chosen by a wildcard
                    }
                    String method = action.method().isEmpty() ? "execute"
                            : action.method().contains("{") ? "*" : action.method();
                    Map<String, String> methods = new LinkedHashMap<>(); // how the method is invoked, by the method
                    methods.put(method, pkg.name() + "/" + action.name());
                    if (dynamicMethodInvocation && !method.equals("*")) { // a wildcard method already covers them all
                        for (String allowed : allowedMethods(action, pkg, chain, packages)) {
                            methods.putIfAbsent(allowed, pkg.name() + "/" + action.name() + "!"
                                    + (allowed.startsWith("regex:") ? "{" + allowed + "}" : allowed));
                        }
                    }
                    for (Map.Entry<String, Located> result : results(chain, action, fileOf, file.name()).entrySet()) {
                        for (Map.Entry<String, String> invoked : methods.entrySet()) {
                            redirect(actionClass.replace('$', '.'), invoked.getKey(), invoked.getValue(),
                                    result.getKey(), result.getValue(), chain).ifPresent(redirects::add);
                        }
                    }
                }
            }
        }
        return redirects;
    }

    /** A result and the file it is written in. */
    private record Located(ResultDecl result, String file) {}

    /** The package, then the packages it extends, nearest first; an unknown one stands for struts-default. */
    private static List<PackageDecl> chain(PackageDecl pkg, Map<String, PackageDecl> packages) {
        List<PackageDecl> chain = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Deque<PackageDecl> queue = new ArrayDeque<>(List.of(pkg));
        while (!queue.isEmpty() && chain.size() < MAX_DEPTH) {
            PackageDecl next = queue.removeFirst();
            if (seen.add(next.name())) {
                chain.add(next);
                for (String parent : next.parents()) {
                    PackageDecl found = packages.get(parent);
                    if (found != null) {
                        queue.addLast(found);
                    }
                }
            }
        }
        return chain;
    }

    private static String defaultClass(List<PackageDecl> chain) {
        return chain.stream().map(PackageDecl::defaultClass).filter(name -> !name.isEmpty()).findFirst().orElse("");
    }

    private static boolean isStrutsClass(String name) {
        return name.startsWith("org.apache.struts2.") || name.startsWith("com.opensymphony.xwork2.");
    }

    /** The action's results by name: the global results of its packages, farthest first, then its own. */
    private static Map<String, Located> results(List<PackageDecl> chain, ActionDecl action, Map<String, String> fileOf,
            String file) {
        Map<String, Located> results = new LinkedHashMap<>();
        for (int i = chain.size() - 1; i >= 0; i--) {
            String declaredIn = fileOf.get(chain.get(i).name());
            for (ResultDecl global : chain.get(i).globalResults()) {
                global.names().forEach(name -> results.put(name, new Located(global, declaredIn)));
            }
        }
        for (ResultDecl own : action.results()) {
            own.names().forEach(name -> results.put(name, new Located(own, file)));
        }
        return results;
    }

    /** The result as a redirect, if its type's class may be one and its status is 301 or 302. */
    private static Optional<XmlRedirect> redirect(String actionClass, String method, String action, String outcome,
            Located located, List<PackageDecl> chain) {
        ResultDecl result = located.result();
        String typeName = result.type().isEmpty() ? defaultType(chain) : result.type();
        Optional<ResultType> type = chain.stream().map(pkg -> pkg.resultTypes().get(typeName))
                .filter(java.util.Objects::nonNull).findFirst();
        String resultClass = type.map(ResultType::className).orElse(DEFAULT_REDIRECT_TYPES.get(typeName));
        if (resultClass == null || resultClass.isEmpty()) {
            return Optional.empty(); // dispatcher, freemarker, a plugin's type
        }
        boolean builtIn = REDIRECT_CLASSES.contains(resultClass);
        if (!builtIn && isStrutsClass(resultClass)) {
            return Optional.empty();
        }
        String code = result.params().getOrDefault("statusCode",
                type.map(t -> t.params().get("statusCode")).orElse(null));
        int status;
        try {
            status = code == null ? 302 : Integer.parseInt(code.trim());
        } catch (NumberFormatException e) {
            return Optional.empty(); // an expression: which status is not known
        }
        if (status != 302 && status != 301) {
            return Optional.empty(); // 303, 307, 308: the method is kept or a GET asked for
        }
        return Optional.of(new XmlRedirect(actionClass, method, action, outcome, typeName, resultClass, builtIn, status,
                located.file(), result.line()));
    }

    /** The default result type of the nearest package that declares one; struts-default's is dispatcher. */
    private static String defaultType(List<PackageDecl> chain) {
        for (PackageDecl pkg : chain) {
            for (Map.Entry<String, ResultType> type : pkg.resultTypes().entrySet()) {
                if (type.getValue().isDefault()) {
                    return type.getKey();
                }
            }
        }
        return DEFAULT_RESULT_TYPE;
    }

    /** The class path root a file is below: the part of its path up to a resources directory, or its directory. */
    private static Path rootOf(Path file) {
        for (int i = file.getNameCount() - 2; i >= 0; i--) {
            for (List<String> root : ROOTS) {
                int from = i - root.size() + 1;
                if (from >= 0 && matches(file, from, root)) {
                    Path prefix = file.subpath(0, i + 1);
                    return file.getRoot() == null ? prefix : file.getRoot().resolve(prefix);
                }
            }
        }
        Path parent = file.getParent();
        return parent == null ? Path.of("") : parent;
    }

    private static boolean matches(Path file, int from, List<String> names) {
        for (int k = 0; k < names.size(); k++) {
            if (!file.getName(from + k).toString().equals(names.get(k))) {
                return false;
            }
        }
        return true;
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }
}
