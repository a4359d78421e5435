package dev.redirectlint.frameworks.struts;

import dev.redirectlint.io.SecureXml;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.ParserConfigurationException;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * What one Struts configuration file ({@code struts.xml} or a file it includes) declares: its packages, with
 * their result types, global results, default class and actions, and the files it includes. Read with the
 * JDK's SAX parser; nothing outside the file is read: the {@code DOCTYPE}'s public DTD is neither fetched nor
 * resolved (an empty one stands in), and no external entity is expanded.
 */
final class StrutsXmlDocument {

    /** A {@code <result>}: its names (comma-separated in the file), type (empty for the package's default), params. */
    record ResultDecl(List<String> names, String type, Map<String, String> params, int line) {}

    /**
     * An {@code <action>}: its class and method attributes as written (empty when absent), its results, and its
     * {@code <allowed-methods>} (comma-separated in the file; {@code declaresAllowed} false when it has none).
     */
    record ActionDecl(String name, String className, String method, List<ResultDecl> results, int line,
            boolean declaresAllowed, List<String> allowedMethods) {}

    /** A {@code <result-type>}: its class, whether it is the package's default, and its default params. */
    record ResultType(String className, boolean isDefault, Map<String, String> params) {}

    /**
     * A {@code <package>}, with its {@code strict-method-invocation} (true unless {@code false}, as
     * {@code XmlDocConfigurationProvider.buildPackageContext} reads it) and its {@code <global-allowed-methods>}.
     */
    record PackageDecl(String name, List<String> parents, Map<String, ResultType> resultTypes,
            List<ResultDecl> globalResults, String defaultClass, List<ActionDecl> actions, boolean strict,
            List<String> globalAllowedMethods) {}

    final List<PackageDecl> packages = new ArrayList<>();
    final List<String> includes = new ArrayList<>();
    /** The {@code <constant name value/>}s of {@code <struts>}, in the file's order. */
    final Map<String, String> constants = new LinkedHashMap<>();

    private StrutsXmlDocument() {}

    /** Reads one file; a file that is not well-formed throws {@link SAXException} (a {@code SAXParseException}). */
    static StrutsXmlDocument read(Path file) throws IOException, SAXException {
        StrutsXmlDocument document = new StrutsXmlDocument();
        try (InputStream in = Files.newInputStream(file)) {
            InputSource source = new InputSource(in);
            source.setSystemId(file.toUri().toString());
            SecureXml.parser(false).parse(source, document.new Elements());
        } catch (ParserConfigurationException e) {
            throw new SAXException(e.getMessage(), e);
        }
        return document;
    }

    /** Collects the elements Struts reads, by where they sit: a result in an action or in global-results. */
    private final class Elements extends DefaultHandler {
        private Locator locator;
        private final List<String> open = new ArrayList<>();
        private PackageBuilder pkg;
        private ActionBuilder action;
        private ResultBuilder result;
        private TypeBuilder resultType;
        private String paramName;
        private final StringBuilder text = new StringBuilder();

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        /** The DTD named in the DOCTYPE is not read: an empty one stands in for it. */
        @Override
        public InputSource resolveEntity(String publicId, String systemId) {
            return new InputSource(new StringReader(""));
        }

        private int line() {
            return locator == null ? 0 : locator.getLineNumber();
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            String parent = open.isEmpty() ? "" : open.get(open.size() - 1);
            open.add(qName);
            text.setLength(0);
            switch (qName) {
                case "include" -> {
                    if (parent.equals("struts")) {
                        includes.add(value(atts, "file"));
                    }
                }
                case "package" -> {
                    if (parent.equals("struts")) {
                        pkg = new PackageBuilder(value(atts, "name"), value(atts, "extends"),
                                !value(atts, "strict-method-invocation").equalsIgnoreCase("false"));
                    }
                }
                case "constant" -> {
                    if (parent.equals("struts") && !value(atts, "name").isEmpty()) {
                        constants.put(value(atts, "name"), value(atts, "value"));
                    }
                }
                case "result-type" -> {
                    if (pkg != null && parent.equals("result-types")) {
                        resultType = new TypeBuilder(value(atts, "name"), value(atts, "class"),
                                Boolean.parseBoolean(value(atts, "default")));
                    }
                }
                case "default-class-ref" -> {
                    if (pkg != null && parent.equals("package")) {
                        pkg.defaultClass = value(atts, "class");
                    }
                }
                case "action" -> {
                    if (pkg != null && parent.equals("package")) {
                        action = new ActionBuilder(value(atts, "name"), value(atts, "class"), value(atts, "method"), line());
                    }
                }
                case "result" -> {
                    if (pkg != null && (action != null && parent.equals("action") || parent.equals("global-results"))) {
                        result = new ResultBuilder(value(atts, "name"), value(atts, "type"), line(), action == null);
                    }
                }
                case "param" -> paramName = value(atts, "name");
                default -> { }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            text.append(ch, start, length);
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            open.remove(open.size() - 1);
            switch (qName) {
                case "param" -> {
                    if (result != null && !paramName.isEmpty()) {
                        result.params.put(paramName, text.toString().trim());
                    } else if (resultType != null && !paramName.isEmpty()) {
                        resultType.params.put(paramName, text.toString().trim());
                    }
                    paramName = "";
                }
                case "result" -> {
                    if (result != null) {
                        List<String> names = new ArrayList<>();
                        for (String name : (result.name.isEmpty() ? "success" : result.name).split(",")) {
                            if (!name.isBlank()) {
                                names.add(name.trim());
                            }
                        }
                        ResultDecl decl = new ResultDecl(names, result.type, Map.copyOf(result.params), result.line);
                        if (result.global) {
                            pkg.globalResults.add(decl);
                        } else {
                            action.results.add(decl);
                        }
                        result = null;
                    }
                }
                case "allowed-methods" -> {
                    if (action != null && parentIs("action")) {
                        action.allowed = true;
                        action.allowedMethods.addAll(split(text.toString()));
                    }
                }
                case "global-allowed-methods" -> {
                    if (pkg != null && action == null && parentIs("package")) {
                        pkg.globalAllowedMethods.addAll(split(text.toString()));
                    }
                }
                case "result-type" -> {
                    if (resultType != null) {
                        pkg.resultTypes.put(resultType.name, new ResultType(resultType.className, resultType.isDefault,
                                Map.copyOf(resultType.params)));
                        resultType = null;
                    }
                }
                case "action" -> {
                    if (action != null && open.size() >= 1 && open.get(open.size() - 1).equals("package")) {
                        pkg.actions.add(new ActionDecl(action.name, action.className, action.method,
                                List.copyOf(action.results), action.line, action.allowed,
                                List.copyOf(action.allowedMethods)));
                        action = null;
                    }
                }
                case "package" -> {
                    if (pkg != null && open.size() == 1) {
                        List<String> parents = new ArrayList<>();
                        for (String parent : pkg.parents.split(",")) {
                            if (!parent.isBlank()) {
                                parents.add(parent.trim());
                            }
                        }
                        packages.add(new PackageDecl(pkg.name, List.copyOf(parents), Map.copyOf(pkg.resultTypes),
                                List.copyOf(pkg.globalResults), pkg.defaultClass, List.copyOf(pkg.actions), pkg.strict,
                                List.copyOf(pkg.globalAllowedMethods)));
                        pkg = null;
                    }
                }
                default -> { }
            }
            text.setLength(0);
        }

        /** In {@code endElement}, once the element is closed: whether its parent is named so. */
        private boolean parentIs(String name) {
            return !open.isEmpty() && open.get(open.size() - 1).equals(name);
        }

        /** A comma-separated list, as {@code TextParseUtil.commaDelimitedStringToSet} splits it. */
        private static List<String> split(String list) {
            List<String> names = new ArrayList<>();
            for (String name : list.split(",")) {
                if (!name.isBlank()) {
                    names.add(name.trim());
                }
            }
            return names;
        }

        private static String value(Attributes atts, String name) {
            String value = atts.getValue(name);
            return value == null ? "" : value.trim();
        }
    }

    private static final class PackageBuilder {
        final String name;
        final String parents;
        final Map<String, ResultType> resultTypes = new LinkedHashMap<>();
        final List<ResultDecl> globalResults = new ArrayList<>();
        final List<ActionDecl> actions = new ArrayList<>();
        final List<String> globalAllowedMethods = new ArrayList<>();
        final boolean strict;
        String defaultClass = "";

        PackageBuilder(String name, String parents, boolean strict) {
            this.name = name;
            this.parents = parents;
            this.strict = strict;
        }
    }

    private static final class ActionBuilder {
        final String name;
        final String className;
        final String method;
        final int line;
        final List<ResultDecl> results = new ArrayList<>();
        final List<String> allowedMethods = new ArrayList<>();
        boolean allowed;

        ActionBuilder(String name, String className, String method, int line) {
            this.name = name;
            this.className = className;
            this.method = method;
            this.line = line;
        }
    }

    private static final class ResultBuilder {
        final String name;
        final String type;
        final int line;
        final boolean global;
        final Map<String, String> params = new LinkedHashMap<>();

        ResultBuilder(String name, String type, int line, boolean global) {
            this.name = name;
            this.type = type;
            this.line = line;
            this.global = global;
        }
    }

    private static final class TypeBuilder {
        final String name;
        final String className;
        final boolean isDefault;
        final Map<String, String> params = new LinkedHashMap<>();

        TypeBuilder(String name, String className, boolean isDefault) {
            this.name = name;
            this.className = className;
            this.isDefault = isDefault;
        }
    }
}
