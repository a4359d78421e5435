package dev.redirectlint.frameworks.faces;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the tags of a view that is not well-formed XML, by pattern: each prefixed tag with its attributes, and,
 * for one that is not self-closing, whether an Ajax behaviour ({@code <f:ajax>}, {@code <p:ajax>}) comes before
 * its end tag. A wrapping {@code f:ajax} is not seen this way: its commands count as full postbacks, which at
 * worst keeps a finding the views would have removed.
 */
final class ViewScanner {

    private static final Pattern TAG = Pattern.compile("<([A-Za-z][\\w.-]*):([A-Za-z][\\w.-]*)((?:\\s+[^<>]*?)?)(/?)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([A-Za-z_][\\w.:-]*)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");
    private static final Pattern NAMESPACE = Pattern.compile("xmlns:([A-Za-z][\\w.-]*)\\s*=\\s*[\"']([^\"']*)[\"']");
    private static final Pattern BEHAVIOUR = Pattern.compile("<[A-Za-z][\\w.-]*:ajax\\b((?:\\s+[^<>]*?)?)/?>");

    private ViewScanner() {}

    /** Adds the calls of the text's tags; a tag's library is the namespace its prefix is declared for, if it is. */
    static void scan(String text, ViewContext view) {
        Map<String, String> namespaces = new HashMap<>();
        Matcher declaration = NAMESPACE.matcher(text);
        while (declaration.find()) {
            namespaces.putIfAbsent(declaration.group(1), declaration.group(2));
        }
        Matcher tag = TAG.matcher(text);
        while (tag.find()) {
            String prefix = tag.group(1);
            String local = tag.group(2);
            Map<String, String> attributes = attributes(tag.group(3));
            boolean behaviour = tag.group(4).isEmpty() && hasBehaviour(text, tag.end(), prefix + ":" + local);
            ViewTags.record(namespaces.getOrDefault(prefix, prefix), local, attributes, behaviour, view);
        }
    }

    private static Map<String, String> attributes(String text) {
        Map<String, String> attributes = new HashMap<>();
        Matcher attribute = ATTRIBUTE.matcher(text);
        while (attribute.find()) {
            String name = attribute.group(1);
            String local = name.substring(name.indexOf(':') + 1);
            attributes.put(local, attribute.group(2) != null ? attribute.group(2) : attribute.group(3));
        }
        return attributes;
    }

    /** True if an Ajax behaviour for the action comes between the tag and its end tag. */
    private static boolean hasBehaviour(String text, int from, String name) {
        int end = text.indexOf("</" + name, from);
        if (end < 0) {
            return false;
        }
        Matcher behaviour = BEHAVIOUR.matcher(text).region(from, end);
        while (behaviour.find()) {
            if (ViewTags.isActionBehaviour("ajax", attributes(behaviour.group(1)))) {
                return true;
            }
        }
        return false;
    }
}
