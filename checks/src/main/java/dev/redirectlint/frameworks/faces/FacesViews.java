package dev.redirectlint.frameworks.faces;

import dev.redirectlint.java.ConfigFacts;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bean methods the project's Facelets views invoke, and how: {@code bean.method} to the kinds of call; and
 * the references their EL expressions ({@code #{...}}, {@code ${...}}) write, {@code bean.member} or a bean on its
 * own (handed to a composite component as {@code #{orderBean}}, say; one handed to a template as a
 * {@code ui:param} that writes only members on the param's name has those members instead, see
 * {@link TemplateParams}).
 * Its text (sorted) is part of the project settings, so a changed view makes the results computed under
 * the old calls stale.
 */
record FacesViews(SortedMap<String, Set<ViewCall>> calls, SortedSet<String> elMembers,
        SortedSet<String> elBareNames, SortedMap<String, SortedSet<String>> postbackViews,
        SortedMap<String, SortedMap<String, SortedSet<String>>> listenerOutcomes) implements ConfigFacts {

    /** An EL expression's text. */
    private static final Pattern EXPRESSION = Pattern.compile("[#$]\\{([^}]*)}");
    /** A name and what follows it: {@code .member}, {@code [}, or anything else (a bare reference). */
    private static final Pattern REFERENCE = Pattern.compile(
            "(?<![\\w$.])([A-Za-z_$][\\w$]*)\\s*(?:\\.\\s*([A-Za-z_$][\\w$]*)|(\\[))?");

    FacesViews {
        calls = Collections.unmodifiableSortedMap(new TreeMap<>(calls));
        elMembers = Collections.unmodifiableSortedSet(new TreeSet<>(elMembers));
        elBareNames = Collections.unmodifiableSortedSet(new TreeSet<>(elBareNames));
        postbackViews = Collections.unmodifiableSortedMap(new TreeMap<>(postbackViews));
        listenerOutcomes = Collections.unmodifiableSortedMap(new TreeMap<>(listenerOutcomes));
    }

    /** The ids of the views whose full-postback commands invoke {@code bean.method}: where its outcome navigates from. */
    SortedSet<String> postbackViews(String bean, String method) {
        return postbackViews.getOrDefault(bean + "." + method, Collections.emptySortedSet());
    }

    /**
     * The literal outcomes of the full-postback commands whose {@code actionListener} is {@code bean.method}
     * ({@code <h:commandButton action="saved" actionListener="#{orderBean.save}"/>}), each with the ids of the
     * views that have such a command: Faces runs the listener, then navigates by the outcome as it does by an
     * action's.
     */
    SortedMap<String, SortedSet<String>> listenerOutcomes(String bean, String method) {
        return listenerOutcomes.getOrDefault(bean + "." + method, Collections.emptySortedMap());
    }

    /**
     * True if no view can run the bean's method: none writes {@code bean.method} (nor {@code param.method} on the
     * name of a {@code ui:param} the bean is handed to a template as), and none writes the bean on its own
     * ({@code #{orderBean}} handed to a component, or to a template not found or that passes it on,
     * {@code #{orderBean[name]}}), which could run any of its methods under another name.
     */
    boolean cannotRun(String bean, String method) {
        return !elBareNames.contains(bean) && !elMembers.contains(bean + "." + method);
    }

    /** How views invoke {@code method} of the bean EL names {@code bean}: empty if no view does. */
    Set<ViewCall> calls(String bean, String method) {
        return calls.getOrDefault(bean + "." + method, Set.of());
    }

    /** Collects the calls of one run's views. */
    static final class Builder {
        private final Map<String, Set<ViewCall>> calls = new TreeMap<>();
        private final SortedSet<String> elMembers = new TreeSet<>();
        private final SortedSet<String> elBareNames = new TreeSet<>();
        private final SortedMap<String, SortedSet<String>> postbackViews = new TreeMap<>();
        private final SortedMap<String, SortedMap<String, SortedSet<String>>> listenerOutcomes = new TreeMap<>();

        void addPostbackView(String bean, String method, String viewId) {
            postbackViews.computeIfAbsent(bean + "." + method, k -> new TreeSet<>()).add(viewId);
        }

        void addListenerOutcome(String bean, String method, String outcome, Optional<String> viewId) {
            SortedSet<String> views = listenerOutcomes.computeIfAbsent(bean + "." + method, k -> new TreeMap<>())
                    .computeIfAbsent(outcome, k -> new TreeSet<>());
            viewId.ifPresent(views::add);
        }

        /**
         * Takes the members every EL expression of a view's text writes; the names it writes on their own are
         * returned, each with how often, for {@link TemplateParams} to tell which of them a template keeps to its
         * members.
         */
        Map<String, Integer> addNames(String viewText) {
            Map<String, Integer> bare = new HashMap<>();
            Matcher expression = EXPRESSION.matcher(viewText);
            while (expression.find()) {
                Matcher reference = REFERENCE.matcher(expression.group(1));
                while (reference.find()) {
                    if (reference.group(2) != null) {
                        elMembers.add(reference.group(1) + "." + reference.group(2));
                    } else {
                        bare.merge(reference.group(1), 1, Integer::sum);
                    }
                }
            }
            return bare;
        }

        /** A name some view writes on its own, which could run any of its methods. */
        void addBareName(String name) {
            elBareNames.add(name);
        }

        /** {@code bean.member}: a member a template writes on the param a view hands the bean to it as. */
        void addMember(String name, String member) {
            elMembers.add(name + "." + member);
        }

        /** The members the views write on {@code name}: {@code next} for {@code #{paginatorBean.next}}. */
        SortedSet<String> members(String name) {
            SortedSet<String> members = new TreeSet<>();
            // '/' follows '.': the keys that start with "name."
            elMembers.subSet(name + ".", name + "/").forEach(key -> members.add(key.substring(name.length() + 1)));
            return members;
        }

        void add(String bean, String method, ViewCall call) {
            calls.computeIfAbsent(bean + "." + method, k -> EnumSet.noneOf(ViewCall.class)).add(call);
        }

        boolean isEmpty() {
            return calls.isEmpty();
        }

        FacesViews build() {
            SortedMap<String, Set<ViewCall>> copy = new TreeMap<>();
            calls.forEach((key, kinds) -> copy.put(key, Collections.unmodifiableSet(EnumSet.copyOf(kinds))));
            SortedMap<String, SortedMap<String, SortedSet<String>>> outcomes = new TreeMap<>();
            listenerOutcomes.forEach((key, byOutcome) -> {
                SortedMap<String, SortedSet<String>> copied = new TreeMap<>();
                byOutcome.forEach((outcome, views) -> copied.put(outcome, Collections.unmodifiableSortedSet(
                        new TreeSet<>(views))));
                outcomes.put(key, Collections.unmodifiableSortedMap(copied));
            });
            SortedMap<String, SortedSet<String>> postbacks = new TreeMap<>();
            postbackViews.forEach((key, views) -> postbacks.put(key, Collections.unmodifiableSortedSet(
                    new TreeSet<>(views))));
            return new FacesViews(copy, elMembers, elBareNames, postbacks, outcomes);
        }
    }
}
