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
     * The case with {@code <redirect/>} that an outcome of an action takes, if one may. Mojarra looks at the cases
     * of one {@code from-view-id} (the view's own, else the longest wildcard prefix, else {@code *}) in order and
     * takes the first that matches and whose {@code <if>}, if any, is not false. Which view a command is on is not
     * known here, so each {@code from-view-id}'s cases are tried: the action redirects if, for one of them, the
     * first case it matches without a condition, or one with a condition before it, has {@code <redirect/>}.
     *
     * @param outcome the outcome's text, empty when it is not known (then only a case without
     *     {@code from-outcome} can match); never a null outcome
     */
    Optional<NavigationCase> redirectCase(Optional<String> outcome, Optional<String> bean, String method) {
        Map<String, List<NavigationCase>> byView = new LinkedHashMap<>();
        navigation.forEach(c -> byView.computeIfAbsent(c.fromViewId(), v -> new ArrayList<>()).add(c));
        for (List<NavigationCase> cases : byView.values()) {
            for (NavigationCase navigationCase : cases) {
                if (!navigationCase.matches(outcome, bean, method)) {
                    continue;
                }
                if (navigationCase.redirect()) {
                    return Optional.of(navigationCase);
                }
                if (!navigationCase.conditional()) {
                    break; // Mojarra forwards to this case's view: the later cases are not looked at
                }
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
    Optional<String> listenerOutcomeRedirect(String outcome) {
        if (RedirectOutcomes.redirects(outcome)) {
            return Optional.of("its faces-redirect=true");
        }
        return redirectCase(Optional.of(outcome), Optional.empty(), "")
                .map(taken -> FacesTypes.NAVIGATION_CASE.description() + " (" + taken.where() + ")");
    }

    @Override
    public Set<String> candidateText() {
        Set<String> text = new LinkedHashSet<>();
        // A listener whose command's outcome redirects says nothing of it in its Java: its name does.
        views.listenerOutcomes().forEach((listener, outcomes) -> {
            if (outcomes.stream().anyMatch(outcome -> listenerOutcomeRedirect(outcome).isPresent())) {
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
