package dev.redirectlint.frameworks.faces;

import dev.redirectlint.model.Framework;
import dev.redirectlint.model.Mechanism;
import java.util.HashSet;
import java.util.Set;

/** Jakarta Faces (and JSF, {@code javax.faces}): its bean annotations, contexts and redirect mechanisms. */
final class FacesTypes {

    static final Framework FRAMEWORK = new Framework("FACES", "Jakarta Faces");
    static final Mechanism REDIRECT_OUTCOME = new Mechanism(
            "FACES_REDIRECT_OUTCOME", "a faces-redirect=true outcome", false);
    /** An outcome a faces-config.xml navigation case with {@code <redirect/>} takes. */
    static final Mechanism NAVIGATION_CASE = new Mechanism(
            "FACES_NAVIGATION_CASE", "a navigation case with <redirect/>", false);
    static final Mechanism EXTERNAL_REDIRECT = new Mechanism(
            "FACES_EXTERNAL_REDIRECT", "Faces ExternalContext.redirect", false);

    static final Mechanism OMNIFACES_REDIRECT = new Mechanism("OMNIFACES_REDIRECT", "OmniFaces Faces.redirect", false);
    static final Mechanism OMNIFACES_PERMANENT = new Mechanism(
            "OMNIFACES_REDIRECT_PERMANENT", "OmniFaces Faces.redirectPermanent", false);

    /** Faces sends a 302 for a full request only; an Ajax one gets a partial-response redirect (status 200). */
    static final String FULL_REQUEST = " (on a non-Ajax request)";

    /** What Mojarra's {@code NavigationHandlerImpl} looks for in an outcome's query string. */
    static final String REDIRECT_PARAMETER = "faces-redirect=true";

    /** Annotations that make a class a bean that EL, and so a command component's action, can name. */
    static final Set<String> BEAN = Set.of(
            "jakarta.inject.Named", "javax.inject.Named",
            "jakarta.enterprise.inject.Model", "javax.enterprise.inject.Model",
            "jakarta.faces.bean.ManagedBean", "javax.faces.bean.ManagedBean");

    static final Set<String> EXTERNAL_CONTEXT = Set.of(
            "jakarta.faces.context.ExternalContext", "javax.faces.context.ExternalContext");
    static final Set<String> FACES_CONTEXT = Set.of(
            "jakarta.faces.context.FacesContext", "javax.faces.context.FacesContext");

    /** OmniFaces' utilities; {@code FacesLocal}'s methods take the FacesContext first. */
    static final String OMNIFACES_FACES = "org.omnifaces.util.Faces";
    static final String OMNIFACES_LOCAL = "org.omnifaces.util.FacesLocal";
    static final Set<String> OMNIFACES = Set.of(OMNIFACES_FACES, OMNIFACES_LOCAL);

    static final Set<String> APPLICATION = Set.of(
            "jakarta.faces.application.Application", "javax.faces.application.Application");
    static final Set<String> NAVIGATION_HANDLER = Set.of(
            "jakarta.faces.application.NavigationHandler", "javax.faces.application.NavigationHandler",
            "jakarta.faces.application.ConfigurableNavigationHandler",
            "javax.faces.application.ConfigurableNavigationHandler");

    static final Set<String> PHASE_LISTENER = Set.of(
            "jakarta.faces.event.PhaseListener", "javax.faces.event.PhaseListener");
    static final Set<String> PHASE_EVENT = Set.of("jakarta.faces.event.PhaseEvent", "javax.faces.event.PhaseEvent");

    /**
     * Parameters of listener methods, which are not actions: {@code preRenderView} and other system events,
     * and a view's {@code beforePhase}/{@code afterPhase} listeners (which also run on GET), Ajax behaviours
     * (answered with a partial response) and value changes.
     */
    static final Set<String> LISTENER_EVENTS = Set.of(
            "jakarta.faces.event.PhaseEvent", "javax.faces.event.PhaseEvent",
            "jakarta.faces.event.ComponentSystemEvent", "javax.faces.event.ComponentSystemEvent",
            "jakarta.faces.event.AjaxBehaviorEvent", "javax.faces.event.AjaxBehaviorEvent",
            "jakarta.faces.event.ValueChangeEvent", "javax.faces.event.ValueChangeEvent");

    /** Methods the container calls, not a request: lifecycle callbacks, producers, injection points. */
    static final Set<String> NOT_ACTIONS = Set.of(
            "jakarta.annotation.PostConstruct", "javax.annotation.PostConstruct",
            "jakarta.annotation.PreDestroy", "javax.annotation.PreDestroy",
            "jakarta.enterprise.inject.Produces", "javax.enterprise.inject.Produces",
            "jakarta.inject.Inject", "javax.inject.Inject");

    /** A parameter so annotated makes the method a CDI observer. */
    static final Set<String> OBSERVES = Set.of(
            "jakarta.enterprise.event.Observes", "javax.enterprise.event.Observes",
            "jakarta.enterprise.event.ObservesAsync");

    static Set<String> all() {
        Set<String> types = new HashSet<>(BEAN);
        types.addAll(EXTERNAL_CONTEXT);
        types.addAll(FACES_CONTEXT);
        types.addAll(APPLICATION);
        types.addAll(NAVIGATION_HANDLER);
        types.addAll(OMNIFACES);
        types.addAll(PHASE_LISTENER);
        types.addAll(PHASE_EVENT);
        types.addAll(LISTENER_EVENTS);
        types.addAll(NOT_ACTIONS);
        types.addAll(OBSERVES);
        return types;
    }

    private FacesTypes() {}
}
