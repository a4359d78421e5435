package dev.redirectlint.frameworks.faces;

import dev.redirectlint.api.ProcessingError;
import dev.redirectlint.java.ConfigFacts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the Faces home read from the project's files: the calls of its views ({@link FacesViews}) and the
 * navigation cases of its faces-config files, in the order Mojarra adds them, with the files it could not read.
 * Its text is part of the project settings, so a changed view or faces-config file makes results stale.
 */
record FacesConfig(FacesViews views, List<NavigationCase> navigation, List<ProcessingError> errors)
        implements ConfigFacts {

    FacesConfig {
        navigation = List.copyOf(navigation);
        errors = List.copyOf(errors);
    }

    /**
     * The case with {@code <redirect/>} that an outcome of an action takes, if one may, from any of the views its
     * commands are on; from any rule when no view is known (a view not read, the Checkstyle module).
     *
     * @param outcome the outcome's text, empty when it is not known (then only a case without
     *     {@code from-outcome} can match); never a null outcome
     * @param viewIds the ids of the views whose commands invoke the action, if known
     */
    Optional<NavigationCase> redirectCase(Optional<String> outcome, Optional<String> bean, String method,
            Set<String> viewIds) {
        Map<String, List<NavigationCase>> byView = new LinkedHashMap<>();
        navigation.forEach(c -> byView.computeIfAbsent(c.fromViewId(), v -> new ArrayList<>()).add(c));
        if (viewIds.isEmpty()) {
            for (List<NavigationCase> cases : byView.values()) {
                Optional<Optional<NavigationCase>> decided = decide(cases, outcome, bean, method);
                if (decided.isPresent() && decided.get().isPresent()) {
                    return decided.get();
                }
            }
            return Optional.empty();
        }
        for (String viewId : viewIds) {
            for (List<NavigationCase> cases : rulesFor(viewId, byView)) {
                Optional<Optional<NavigationCase>> decided = decide(cases, outcome, bean, method);
                if (decided.isPresent()) {
                    if (decided.get().isPresent()) {
                        return decided.get();
                    }
                    break; // this view's outcome forwards
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The rules Mojarra's {@code NavigationHandlerImpl} tries for a view, in order: the view's own
     * {@code from-view-id}, then the wildcard ones whose prefix the view id starts with, longest first, then
     * {@code *} (and rules without one).
     */
    private static List<List<NavigationCase>> rulesFor(String viewId, Map<String, List<NavigationCase>> byView) {
        List<List<NavigationCase>> rules = new ArrayList<>();
        if (byView.containsKey(viewId)) {
            rules.add(byView.get(viewId));
        }
        byView.keySet().stream()
                .filter(from -> from.length() > 1 && from.endsWith("*")
                        && viewId.startsWith(from.substring(0, from.length() - 1)))
                .sorted(java.util.Comparator.comparingInt(String::length).reversed())
                .forEach(from -> rules.add(byView.get(from)));
        if (byView.containsKey("*")) {
            rules.add(byView.get("*"));
        }
        return rules;
    }

    /**
     * What one rule's cases do with the outcome, in order: the first that matches and whose {@code <if>}, if
     * any, is not false is taken. A case with a condition may be passed over, so a later one may still be taken.
     * Empty if no case is taken for certain (the next rule is tried); a case with {@code <redirect/>} that may
     * be taken; or no case, when the first certain one forwards.
     */
    private static Optional<Optional<NavigationCase>> decide(List<NavigationCase> cases, Optional<String> outcome,
            Optional<String> bean, String method) {
        for (NavigationCase navigationCase : cases) {
            if (!navigationCase.matches(outcome, bean, method)) {
                continue;
            }
            if (navigationCase.redirect()) {
                return Optional.of(Optional.of(navigationCase));
            }
            if (!navigationCase.conditional()) {
                return Optional.of(Optional.empty()); // Mojarra forwards to this case's view
            }
        }
        return Optional.empty();
    }

    /**
     * What a bean's source holds when one of its actions may take a case with {@code <redirect/>}: the quoted
     * outcome ({@code "saved"}), else the method the case's action names, else (a case for every action's
     * outcome) the bean annotations' names. The prefilter's words find no redirect in {@code return "saved";}.
     */
    /**
     * How a command's literal outcome redirects after its action listener runs, if it does: by its own
     * {@code faces-redirect=true}, else by a navigation case with {@code <redirect/>}. Mojarra's from-action of a
     * literal action is the literal itself, which no case's {@code #{bean.method}} equals.
     */
    Optional<String> listenerOutcomeRedirect(String outcome, Set<String> viewIds) {
        if (RedirectOutcomes.redirects(outcome)) {
            return Optional.of("its faces-redirect=true");
        }
        return redirectCase(Optional.of(outcome), Optional.empty(), "", viewIds)
                .map(taken -> FacesTypes.NAVIGATION_CASE.description() + " (" + taken.where() + ")");
    }

    @Override
    public Set<String> candidateText() {
        Set<String> text = new LinkedHashSet<>();
        // A listener whose command's outcome redirects says nothing of it in its Java: its name does.
        views.listenerOutcomes().forEach((listener, outcomes) -> {
            if (outcomes.entrySet().stream()
                    .anyMatch(outcome -> listenerOutcomeRedirect(outcome.getKey(), outcome.getValue()).isPresent())) {
                text.add(listener.substring(listener.lastIndexOf('.') + 1));
            }
        });
        for (NavigationCase navigationCase : navigation) {
            if (!navigationCase.redirect()) {
                continue;
            }
            if (navigationCase.fromOutcome().isPresent()) {
                text.add("\"" + navigationCase.fromOutcome().get() + "\"");
            } else if (navigationCase.fromAction().isPresent()) {
                String action = navigationCase.fromAction().get();
                int dot = action.lastIndexOf('.');
                String method = dot < 0 ? "" : action.substring(dot + 1).replaceAll("[^\\w$].*", "");
                if (!method.isEmpty()) {
                    text.add(method);
                }
            } else {
                text.addAll(List.of("Named", "Model", "ManagedBean"));
            }
        }
        return text;
    }
}
