package dev.redirectlint.lsp;

import dev.redirectlint.api.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * The settings a project's {@code pom.xml} gives redirect-lint-maven-plugin: its {@code <configuration>} in
 * {@code <build><plugins>} or {@code <pluginManagement>}, and {@code redirect-lint.*} properties. Only literal
 * values are read; a {@code ${...}} expression is left to Maven and named as a problem.
 */
final class PomSettings {

    static final String PLUGIN = "redirect-lint-maven-plugin";

    private PomSettings() {}

    static ServerSettings read(Path pom) {
        if (!Files.isRegularFile(pom)) {
            return ServerSettings.NONE;
        }
        Document document;
        try {
            document = builder().parse(pom.toFile());
        } catch (SAXException | IOException | ParserConfigurationException e) {
            return new ServerSettings(Optional.empty(), Optional.empty(), Optional.empty(), Map.of(),
                    List.of(pom + ": not read for settings: " + e.getMessage()));
        }
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, Severity> severities = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        Element project = document.getDocumentElement();
        child(project, "properties").ifPresent(properties -> {
            for (Element property : children(properties)) {
                if (property.getTagName().startsWith("redirect-lint.")) {
                    values.put(property.getTagName().substring("redirect-lint.".length()), listText(property));
                }
            }
        });
        for (Element configuration : pluginConfigurations(project)) {
            for (Element setting : children(configuration)) {
                if (setting.getTagName().equals("severities")) {
                    for (Element rule : children(setting)) {
                        try {
                            severities.put(rule.getTagName(), Severity.parse(rule.getTextContent()));
                        } catch (IllegalArgumentException e) {
                            problems.add(pom + ": severities/" + rule.getTagName() + ": " + e.getMessage());
                        }
                    }
                } else {
                    values.put(setting.getTagName(), listText(setting));
                }
            }
        }
        values.entrySet().removeIf(entry -> {
            boolean expression = entry.getValue().contains("${");
            if (expression) {
                problems.add(pom + ": " + entry.getKey() + " is an expression (" + entry.getValue()
                        + "), which only Maven can evaluate; the default is used");
            }
            return expression;
        });
        Optional<Integer> status = Optional.empty();
        if (values.containsKey("preferredStatus")) {
            try {
                status = Optional.of(Integer.parseInt(values.get("preferredStatus").trim()));
            } catch (NumberFormatException e) {
                problems.add(pom + ": preferredStatus must be 303 or 307, not " + values.get("preferredStatus"));
            }
        }
        return new ServerSettings(Optional.ofNullable(values.get("rules")).map(ServerSettings::split),
                Optional.ofNullable(values.get("disabledRules")).map(ServerSettings::split), status, severities,
                problems);
    }

    /** A parser that reads no DTD and resolves no external entity: a pom is data, not a request. */
    private static DocumentBuilder builder() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        return factory.newDocumentBuilder();
    }

    private static List<Element> pluginConfigurations(Element project) {
        List<Element> configurations = new ArrayList<>();
        child(project, "build").ifPresent(build -> {
            child(build, "pluginManagement").flatMap(m -> child(m, "plugins")).ifPresent(
                    plugins -> addConfigurations(plugins, configurations));
            child(build, "plugins").ifPresent(plugins -> addConfigurations(plugins, configurations));
        });
        return configurations;
    }

    private static void addConfigurations(Element plugins, List<Element> into) {
        for (Element plugin : children(plugins)) {
            boolean ours = child(plugin, "artifactId").map(a -> a.getTextContent().trim().equals(PLUGIN)).orElse(false);
            if (ours) {
                child(plugin, "configuration").ifPresent(into::add);
            }
        }
    }

    /** {@code <rules><rule>a</rule><rule>b</rule></rules>} or {@code <rules>a,b</rules>}, as Maven takes both. */
    private static String listText(Element setting) {
        List<Element> items = children(setting);
        if (items.isEmpty()) {
            return setting.getTextContent().trim();
        }
        return String.join(",", items.stream().map(item -> item.getTextContent().trim()).toList());
    }

    private static Optional<Element> child(Element parent, String name) {
        return children(parent).stream().filter(e -> e.getTagName().equals(name)).findFirst();
    }

    private static List<Element> children(Element parent) {
        List<Element> elements = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                elements.add(element);
            }
        }
        return elements;
    }
}
