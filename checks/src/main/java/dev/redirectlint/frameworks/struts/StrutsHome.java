package dev.redirectlint.frameworks.struts;

import dev.redirectlint.frameworks.FrameworkHome;
import dev.redirectlint.frameworks.HandlerFramework;
import dev.redirectlint.java.ConfigFacts;
import dev.redirectlint.model.Mechanism;
import dev.redirectlint.redirects.RedirectDetector;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Struts 2 actions declared with annotations or in {@code struts.xml}, and their redirect results. */
public final class StrutsHome implements FrameworkHome {

    @Override
    public List<HandlerFramework> handlerFrameworks() {
        return List.of(new StrutsHandlers());
    }

    @Override
    public List<RedirectDetector> redirectDetectors() {
        return List.of(new StrutsRedirects());
    }

    @Override
    public List<Mechanism> mechanisms() {
        return List.of(StrutsTypes.REDIRECT_RESULT, StrutsTypes.XML_REDIRECT_RESULT);
    }

    /** {@code struts.xml} and the files it includes, on the class path: the resources' XML. */
    @Override
    public List<String> configFilePatterns() {
        return StrutsXmlReader.PATTERNS;
    }

    @Override
    public Optional<ConfigFacts> configFacts(List<Path> configFiles) {
        return StrutsXmlReader.read(configFiles).map(ConfigFacts.class::cast);
    }

    @Override
    public Set<String> apiTypes() {
        Set<String> types = new HashSet<>(StrutsTypes.ACTION);
        types.addAll(StrutsTypes.RESULT);
        types.addAll(StrutsTypes.RESULTS);
        types.addAll(StrutsTypes.ACTION_SUPPORT);
        StrutsTypes.HTTP_METHODS.keySet().forEach(name -> types.add(StrutsTypes.HTTP_METHOD_PACKAGE + name));
        return types;
    }

    /**
     * A redirect result is written in an annotation, so its file mentions {@code Result}, not a redirect call;
     * and any method of an action class may be an action ({@code execute}, or one {@code @Action} names).
     */
    @Override
    public Words words() {
        return new Words(List.of("Result", "Results"), List.of("struts2", "xwork2"), List.of("struts2", "xwork2"));
    }
}
