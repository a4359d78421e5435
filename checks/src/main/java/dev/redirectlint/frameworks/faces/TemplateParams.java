package dev.redirectlint.frameworks.faces;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Beans a view hands to a Facelets template under another name:
 * {@code <ui:include src="/templates/paginator.xhtml"><ui:param name="paginatorBean" value="#{orderBean}"/>}
 * (also in {@code ui:decorate} and in {@code ui:composition template="..."}). Such a bean is written on its own,
 * which would let any view run any of its methods; but when the template is one of the views read, the bean is
 * reached only by the param's name where it is in scope, so the members the views write on that name
 * ({@code paginatorBean.next}) are the bean's, and no other. They are taken from every view, not only the
 * template's: a tag file or composite component used inside the template sees the param too, through Facelets'
 * variable mapper, without being handed it. The bean stays written on its own (able to run
 * anything) when the template is not found or includes a file that is not, or one named by an expression, when
 * some view writes the param's name on its own ({@code #{paginatorBean}} passed on, {@code paginatorBean[name]}),
 * and when the view writes the bean on its own anywhere else or is not well-formed XML. Resolved once every view
 * is read.
 */
final class TemplateParams {

    private static final Set<String> FACELETS = Set.of("http://xmlns.jcp.org/jsf/facelets",
            "http://java.sun.com/jsf/facelets", "jakarta.faces.facelets", "ui");
    /** A value that is one name on its own: {@code #{orderBean}}. */
    private static final Pattern BARE = Pattern.compile("\\s*[#$]\\{\\s*([A-Za-z_$][\\w$]*)\\s*}\\s*");

    /**
     * {@code <ui:param name="name" value="#{bean}"/>} inside a tag whose template is {@code template}; a
     * {@code ui:decorate} or {@code ui:composition} is the template's client, whose {@code ui:define} content the
     * template inserts where the param is in scope, while a {@code ui:include} only hands the param on.
     */
    private record Param(String name, String bean, Optional<String> template, boolean client) {}

    /** What one view file tells: how often it writes each name on its own, the files it includes, its params. */
    static final class View {
        private final Optional<String> id;
        private final Map<String, Integer> bareNames = new HashMap<>();
        private final List<String> templates = new ArrayList<>();
        private final List<Param> params = new ArrayList<>();
        private boolean unknownTemplate;
        private boolean read;

        private View(Optional<String> id) {
            this.id = id;
        }

        /** The names the view's EL writes on their own, each with how often it does. */
        void bareNames(Map<String, Integer> counts) {
            counts.forEach((name, count) -> bareNames.merge(name, count, Integer::sum));
        }

        /** A tag of the view, which names a template if it is a Facelets include, decorate or composition. */
        void tag(String library, String local, Map<String, String> attributes) {
            templateOf(library, local, attributes).ifPresent(reference -> resolve(reference).ifPresentOrElse(
                    templates::add, () -> unknownTemplate = true));
        }

        /**
         * A tag read by the XML parser under its parent: a {@code ui:param} whose value is a name on its own, inside
         * a tag that names a template. Added once the whole view is read (see {@link #read}).
         */
        void param(String library, String local, Map<String, String> attributes, String parentLibrary,
                String parentLocal, Map<String, String> parentAttributes) {
            if (!local.equals("param") || !FACELETS.contains(library) || attributes.get("name") == null
                    || attributes.get("value") == null) {
                return;
            }
            Optional<String> template = templateOf(parentLibrary, parentLocal, parentAttributes);
            Matcher bean = BARE.matcher(attributes.get("value"));
            if (template.isPresent() && bean.matches()) {
                params.add(new Param(attributes.get("name").trim(), bean.group(1), resolve(template.get()),
                        !parentLocal.equals("include")));
            }
        }

        /** The whole file was read: it may be found as a template. */
        void read() {
            read = true;
        }

        /** The params are known only when the parser read the whole file: otherwise none is taken. */
        void notParsed() {
            params.clear();
        }

        /** The view id {@code reference} names from this view: below the document root, or beside this file. */
        private Optional<String> resolve(String reference) {
            String text = reference.trim();
            if (text.isEmpty() || text.contains("{") || text.contains(":")) {
                return Optional.empty(); // an expression, or a URL: no file this reading can find
            }
            String path;
            if (text.startsWith("/")) {
                path = text;
            } else if (id.isPresent()) {
                path = id.get().substring(0, id.get().lastIndexOf('/') + 1) + text;
            } else {
                return Optional.empty();
            }
            Deque<String> parts = new ArrayDeque<>();
            for (String part : path.split("/")) {
                if (part.equals("..")) {
                    if (parts.isEmpty()) {
                        return Optional.empty();
                    }
                    parts.removeLast();
                } else if (!part.isEmpty() && !part.equals(".")) {
                    parts.addLast(part);
                }
            }
            return Optional.of("/" + String.join("/", parts));
        }
    }

    private final List<View> views = new ArrayList<>();

    /** A view file's record, by its view id (its path below the document root), if it has one. */
    View view(Optional<String> id) {
        View view = new View(id);
        views.add(view);
        return view;
    }

    /**
     * Adds to {@code into} the names the views write on their own, but a bean handed to templates that keep to
     * its members, and those members as the bean's.
     */
    void resolve(FacesViews.Builder into) {
        Map<String, List<View>> byId = new HashMap<>();
        for (View view : views) {
            view.id.ifPresent(id -> byId.computeIfAbsent(id, k -> new ArrayList<>()).add(view));
        }
        Set<String> writtenAlone = new HashSet<>();
        views.forEach(view -> writtenAlone.addAll(view.bareNames.keySet()));
        Map<String, SortedSet<String>> members = new HashMap<>();
        List<String> bare = new ArrayList<>();
        for (View view : views) {
            Map<String, Integer> handed = new HashMap<>();
            view.params.forEach(param -> handed.merge(param.bean(), 1, Integer::sum));
            view.bareNames.forEach((name, count) -> {
                if (!count.equals(handed.get(name))) {
                    bare.add(name); // written on its own elsewhere than as a param's value
                }
            });
            for (Param param : view.params) {
                boolean onlyHanded = handed.get(param.bean()).equals(view.bareNames.get(param.bean()));
                if (onlyHanded && keepsToMembers(view, param, byId, writtenAlone)) {
                    members.computeIfAbsent(param.bean(), k -> new TreeSet<>())
                            .addAll(into.members(param.name()));
                } else {
                    bare.add(param.bean());
                }
            }
        }
        bare.forEach(into::addBareName);
        members.forEach((bean, names) -> names.forEach(member -> into.addMember(bean, member)));
    }

    /**
     * True if no view writes the param's name on its own (a tag file or component inside the template sees it
     * without being handed it, so any view counts), and every file the template includes is known: the template,
     * whatever it includes, and for the template's client (its {@code ui:define} content is inserted into the
     * template) the view itself and whatever it includes.
     */
    private static boolean keepsToMembers(View client, Param param, Map<String, List<View>> byId,
            Set<String> writtenAlone) {
        if (writtenAlone.contains(param.name()) || param.template().isEmpty()
                || !found(byId.get(param.template().get()))) {
            return false;
        }
        Deque<View> pending = new ArrayDeque<>(byId.get(param.template().get()));
        if (param.client()) {
            pending.push(client);
        }
        Set<View> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        while (!pending.isEmpty()) {
            View view = pending.pop();
            if (!seen.add(view)) {
                continue;
            }
            if (view.unknownTemplate) {
                return false;
            }
            for (String id : view.templates) {
                List<View> included = byId.get(id);
                if (!found(included)) {
                    return false;
                }
                pending.addAll(included);
            }
        }
        return true;
    }

    /** The files of a view id, all of them read. */
    private static boolean found(List<View> files) {
        return files != null && files.stream().allMatch(file -> file.read);
    }

    /**
     * The template a Facelets tag names: {@code ui:include}'s {@code src}, {@code ui:decorate}'s or
     * {@code ui:composition}'s {@code template}.
     */
    private static Optional<String> templateOf(String library, String local, Map<String, String> attributes) {
        if (!FACELETS.contains(library)) {
            return Optional.empty();
        }
        return switch (local) {
            case "include" -> Optional.ofNullable(attributes.get("src"));
            case "decorate", "composition" -> Optional.ofNullable(attributes.get("template"));
            default -> Optional.empty();
        };
    }
}
