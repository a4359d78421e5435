package dev.redirectlint.frameworks.faces;

import dev.redirectlint.frameworks.FrameworkHome;
import dev.redirectlint.frameworks.HandlerFramework;
import dev.redirectlint.java.ConfigFacts;
import dev.redirectlint.model.Mechanism;
import dev.redirectlint.redirects.RedirectDetector;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Jakarta Faces (JSF) action methods, their faces-redirect=true outcomes (returned or given to the navigation
 * handler) and the outcomes a faces-config navigation case with a redirect takes, ExternalContext.redirect and
 * OmniFaces' Faces.redirect; and PhaseListeners, which see every request.
 */
public final class FacesHome implements FrameworkHome {

    @Override
    public List<HandlerFramework> handlerFrameworks() {
        return List.of(new FacesHandlers(), new PhaseListenerHandlers());
    }

    @Override
    public List<RedirectDetector> redirectDetectors() {
        return List.of(new OutcomeRedirects(), new NavigationCaseRedirects(), new ListenerOutcomeRedirects(),
                new NavigationRedirects(), new ExternalContextRedirects(),
                new OmniFacesRedirects());
    }

    @Override
    public List<Mechanism> mechanisms() {
        return List.of(FacesTypes.REDIRECT_OUTCOME, FacesTypes.NAVIGATION_CASE, FacesTypes.EXTERNAL_REDIRECT, FacesTypes.OMNIFACES_REDIRECT,
                FacesTypes.OMNIFACES_PERMANENT);
    }

    /**
     * The Facelets views, which tell whether an action is invoked by a full postback or with Ajax, and the
     * faces-config files, whose navigation cases may redirect an action's outcome.
     */
    @Override
    public List<String> configFilePatterns() {
        List<String> patterns = new ArrayList<>(ViewFiles.PATTERNS);
        patterns.addAll(NavigationFiles.PATTERNS);
        return List.copyOf(patterns);
    }

    @Override
    public Optional<ConfigFacts> configFacts(List<Path> configFiles) {
        Optional<FacesViews> views = ViewFiles.read(FrameworkHome.configFilesOf(ViewFiles.PATTERNS, configFiles));
        NavigationFiles.Navigation navigation = NavigationFiles.read(
                FrameworkHome.configFilesOf(NavigationFiles.PATTERNS, configFiles));
        if (views.isEmpty() && navigation.cases().isEmpty() && navigation.errors().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new FacesConfig(views.orElseGet(() -> new FacesViews.Builder().build()),
                navigation.cases(), navigation.errors()));
    }

    @Override
    public Set<String> apiTypes() {
        return FacesTypes.all();
    }

    /**
     * An outcome redirects by a string ({@code "orders?faces-redirect=true"}), and any public method of a bean
     * may be an action, so a bean's annotation words (and {@code PhaseListener}) are routing words. {@code Model}
     * is one too, although Spring controllers mention it: a word too many costs a parse, a word too few a finding.
     */
    @Override
    public Words words() {
        List<String> handlers = List.of("Named", "Model", "ManagedBean", "faces", "PhaseListener");
        // OmniFaces' redirects not already among the core's triggers (redirect is)
        List<String> omniFaces = List.of("redirectPermanent", "refresh", "refreshWithQueryString");
        return new Words(omniFaces, handlers, handlers, List.of(FacesTypes.REDIRECT_PARAMETER));
    }
}
