package dev.redirectlint.frameworks.faces;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Composite components, which pass a bean method to a command inside them: a page writes
 * {@code <form:submit createAction="#{students.create}"/>}, and {@code resources/form/submit.xhtml} invokes it
 * with {@code <h:commandButton action="#{cc.attrs.createAction}"><f:ajax/></h:commandButton>} (or names the
 * command in {@code <cc:attribute name="createAction" targets="save"/>}). A use is resolved once every view is
 * read; one whose component or attribute is not found tells nothing.
 */
final class CompositeComponents {

    private static final Pattern LIBRARY = Pattern.compile(
            "(?:https?://xmlns\\.jcp\\.org/jsf/composite|https?://java\\.sun\\.com/jsf/composite|jakarta\\.faces\\.composite)/(.+)");
    private static final Pattern DEFINITION = Pattern.compile(".*/resources/(.+)\\.xhtml");
    private static final Pattern ATTRIBUTE = Pattern.compile("\\s*#\\{\\s*cc\\s*\\.\\s*attrs\\s*\\.\\s*([\\w$]+)\\s*}\\s*");

    private record Use(String component, String attribute, MethodExpressions.BeanMethod target) {}

    /** {@code library/name#attribute}, or {@code library/name@id} for a command by its id, to its calls. */
    private final Map<String, Set<ViewCall>> calls = new HashMap<>();
    /** {@code library/name#attribute} to the ids of the commands its {@code targets} names. */
    private final Map<String, List<String>> targets = new HashMap<>();
    private final List<Use> uses = new ArrayList<>();

    /** The component a file defines ({@code form/submit} for {@code .../resources/form/submit.xhtml}), if any. */
    static Optional<String> definedBy(Path file) {
        Matcher matcher = DEFINITION.matcher(file.toString().replace('\\', '/'));
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /** The component a tag uses, by its namespace ({@code http://xmlns.jcp.org/jsf/composite/form}) and name. */
    static Optional<String> usedBy(String namespace, String local) {
        Matcher matcher = LIBRARY.matcher(namespace);
        return matcher.matches() ? Optional.of(matcher.group(1) + "/" + local) : Optional.empty();
    }

    /** Inside a component: a command's call, by the attribute its action names and by its id. */
    void command(String component, String action, String id, ViewCall call) {
        if (action != null) {
            Matcher matcher = ATTRIBUTE.matcher(action);
            if (matcher.matches()) {
                add(component + "#" + matcher.group(1), call);
            }
        }
        if (id != null) {
            add(component + "@" + id, call);
        }
    }

    /** Inside a component's interface: {@code <cc:attribute name="..." targets="id ...">}. */
    void attribute(String component, String name, String ids) {
        if (name != null && ids != null) {
            targets.put(component + "#" + name, List.of(ids.trim().split("\\s+")));
        }
    }

    /** A page's tag of a component, with a bean method given to one of its attributes. */
    void use(String component, String attribute, MethodExpressions.BeanMethod target) {
        uses.add(new Use(component, attribute, target));
    }

    /** Each use's calls, as the component's commands make them. */
    void resolve(FacesViews.Builder into) {
        for (Use use : uses) {
            String key = use.component() + "#" + use.attribute();
            Set<ViewCall> found = EnumSet.noneOf(ViewCall.class);
            found.addAll(calls.getOrDefault(key, Set.of()));
            for (String id : targets.getOrDefault(key, List.of())) {
                found.addAll(calls.getOrDefault(use.component() + "@" + id, Set.of()));
            }
            found.forEach(call -> into.add(use.target().bean(), use.target().method(), call));
        }
    }

    private void add(String key, ViewCall call) {
        calls.computeIfAbsent(key, k -> EnumSet.noneOf(ViewCall.class)).add(call);
    }
}
