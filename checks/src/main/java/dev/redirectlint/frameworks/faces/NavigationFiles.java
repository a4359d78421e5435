package dev.redirectlint.frameworks.faces;

import dev.redirectlint.api.ProcessingError;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The project's faces-config files and their navigation rules. Mojarra reads {@code /WEB-INF/faces-config.xml}
 * ({@code WebFacesConfigResourceProvider}), the files the {@code jakarta.faces.CONFIG_FILES} context parameter
 * of {@code web.xml} lists ({@code javax.faces.CONFIG_FILES} before Faces 4), and, on the class path,
 * {@code META-INF/faces-config.xml} and {@code META-INF/*.faces-config.xml}
 * ({@code MetaInfFacesConfigResourceProvider}).
 */
final class NavigationFiles {

    /**
     * The web application's {@code WEB-INF} (its faces-config.xml, web.xml and the files web.xml may list) and the
     * class path's {@code META-INF} in the module's resources.
     */
    static final List<String> PATTERNS = List.of("src/main/webapp/WEB-INF/**/*.xml", "WebContent/WEB-INF/**/*.xml",
            "src/main/resources/META-INF/faces-config.xml", "src/main/resources/META-INF/*.faces-config.xml");

    private static final String FACES_CONFIG = "faces-config.xml";
    private static final Set<String> CONFIG_FILES_PARAMETERS = Set.of("jakarta.faces.CONFIG_FILES",
            "javax.faces.CONFIG_FILES");

    /** The navigation cases of the files read, and the files that could not be. */
    record Navigation(List<NavigationCase> cases, List<ProcessingError> errors) {}

    private NavigationFiles() {}

    static Navigation read(List<Path> files) {
        List<NavigationCase> cases = new ArrayList<>();
        List<ProcessingError> errors = new ArrayList<>();
        for (Path file : facesConfigFiles(files)) {
            try {
                FacesXml.parse(file, new Rules(file, cases));
            } catch (SAXParseException e) {
                errors.add(new ProcessingError(file, Math.max(e.getLineNumber(), 0), Math.max(e.getColumnNumber(), 0),
                        "is not well-formed XML, so its navigation rules are not read: " + e.getMessage()));
            } catch (IOException | SAXException | RuntimeException e) {
                errors.add(new ProcessingError(file, 0, 0, "cannot be read, so its navigation rules are not read: "
                        + e.getMessage()));
            }
        }
        return new Navigation(cases, errors);
    }

    /**
     * The faces-config files among the files, each once: WEB-INF's and META-INF's by name, and those a web.xml
     * lists (a path from the web application's root, {@code /WEB-INF/navigation.xml}) that are among them.
     */
    static List<Path> facesConfigFiles(List<Path> files) {
        Map<Path, Path> given = new LinkedHashMap<>();
        files.forEach(file -> given.put(file.toAbsolutePath().normalize(), file));
        Set<Path> config = new LinkedHashSet<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            String directory = file.getParent() == null || file.getParent().getFileName() == null ? ""
                    : file.getParent().getFileName().toString();
            if (name.equals(FACES_CONFIG) && (directory.equals("WEB-INF") || directory.equals("META-INF"))
                    || name.endsWith("." + FACES_CONFIG) && directory.equals("META-INF")) {
                config.add(file);
            } else if (name.equals("web.xml") && directory.equals("WEB-INF")) {
                Path root = file.toAbsolutePath().normalize().getParent().getParent();
                for (String listed : listedIn(file)) {
                    Path listedFile = given.get(root.resolve(listed.replaceFirst("^/+", "")).normalize());
                    if (listedFile != null) {
                        config.add(listedFile);
                    }
                }
            }
        }
        return List.copyOf(config);
    }

    /**
     * The files web.xml's CONFIG_FILES context parameter lists, split at commas and semicolons as Mojarra does.
     * A web.xml that cannot be read lists none: it is not the Faces home's to report.
     */
    private static List<String> listedIn(Path webXml) {
        Map<String, String> parameters = new LinkedHashMap<>();
        try {
            FacesXml.parse(webXml, new ContextParameters(parameters));
        } catch (IOException | SAXException | RuntimeException e) {
            return List.of();
        }
        List<String> listed = new ArrayList<>();
        parameters.forEach((name, value) -> {
            if (CONFIG_FILES_PARAMETERS.contains(name)) {
                for (String part : value.split("[,;]")) {
                    if (!part.isBlank()) {
                        listed.add(part.trim());
                    }
                }
            }
        });
        return listed;
    }

    /** Element texts by their local name, whatever the namespace (none, java.sun.com, xmlns.jcp.org, jakarta.ee). */
    private abstract static class Texts extends DefaultHandler {
        final Deque<String> open = new ArrayDeque<>();
        private final StringBuilder text = new StringBuilder();

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            String local = localName.isEmpty() ? qName : localName;
            start(local);
            open.push(local);
            text.setLength(0);
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            String local = open.pop();
            String trimmed = text.toString().trim();
            end(local, trimmed.isEmpty() ? null : trimmed);
            text.setLength(0);
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            text.append(ch, start, length);
        }

        /** The element's parent's local name, while the element is being started or ended. */
        String parent() {
            return open.isEmpty() ? "" : open.peek();
        }

        abstract void start(String local);

        /** @param text its text, trimmed; null if none (Mojarra's getNodeText) */
        abstract void end(String local, String text);
    }

    /** {@code <context-param>}s' names and values. */
    private static final class ContextParameters extends Texts {
        private final Map<String, String> parameters;
        private String name;
        private String value;

        ContextParameters(Map<String, String> parameters) {
            this.parameters = parameters;
        }

        @Override
        void start(String local) {
            if (local.equals("context-param")) {
                name = null;
                value = null;
            }
        }

        @Override
        void end(String local, String text) {
            switch (local) {
                case "param-name" -> name = text;
                case "param-value" -> value = text;
                case "context-param" -> {
                    if (name != null && value != null) {
                        parameters.put(name, value);
                    }
                }
                default -> { }
            }
        }
    }

    /**
     * The navigation rules, as {@code NavigationConfigProcessor.addNavigationRules} reads them: a rule inside a
     * {@code flow-definition} is the flow's, not the application's, and is skipped; a {@code from-view-id} without
     * a leading slash gets one.
     */
    private static final class Rules extends Texts {
        private final Path file;
        private final List<NavigationCase> cases;
        private Locator locator;
        private int flows;
        private boolean inRule;
        private String fromViewId;
        private final List<Case> ruleCases = new ArrayList<>();
        private Case current;

        /** A case while its rule is read: its rule's from-view-id may come after it. */
        private static final class Case {
            final int line;
            String fromAction;
            String fromOutcome;
            boolean conditional;
            boolean redirect;

            Case(int line) {
                this.line = line;
            }
        }

        Rules(Path file, List<NavigationCase> cases) {
            this.file = file;
            this.cases = cases;
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        void start(String local) {
            if (local.equals("flow-definition")) {
                flows++;
            } else if (local.equals("navigation-rule") && flows == 0) {
                inRule = true;
                fromViewId = "*";
                ruleCases.clear();
            } else if (inRule && local.equals("navigation-case") && parent().equals("navigation-rule")) {
                current = new Case(locator == null ? 0 : locator.getLineNumber());
            } else if (current != null && local.equals("redirect") && parent().equals("navigation-case")) {
                current.redirect = true;
            }
        }

        @Override
        void end(String local, String text) {
            if (local.equals("flow-definition")) {
                flows--;
            } else if (current != null && parent().equals("navigation-case")) {
                switch (local) {
                    case "from-action" -> current.fromAction = text;
                    case "from-outcome" -> current.fromOutcome = text;
                    // Mojarra ignores an <if> that is not one expression, with a warning
                    case "if" -> current.conditional = text != null && text.startsWith("#{") && text.endsWith("}");
                    default -> { }
                }
            } else if (local.equals("navigation-case") && current != null) {
                ruleCases.add(current);
                current = null;
            } else if (inRule && local.equals("from-view-id") && parent().equals("navigation-rule")) {
                fromViewId = text == null ? "*" : text.equals("*") || text.startsWith("/") ? text : "/" + text;
            } else if (local.equals("navigation-rule") && inRule) {
                for (Case c : ruleCases) {
                    cases.add(new NavigationCase(file, c.line, fromViewId, Optional.ofNullable(c.fromAction),
                            Optional.ofNullable(c.fromOutcome), c.conditional, c.redirect));
                }
                inRule = false;
            }
        }
    }
}
