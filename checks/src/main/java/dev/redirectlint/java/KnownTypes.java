package dev.redirectlint.java;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The fully qualified names redirect-lint understands. Both the {@code javax} and the {@code jakarta}
 * namespaces are listed wherever an API moved.
 */
public final class KnownTypes {

    /**
     * The request types servlets and filters take (the servlet home's entry points), and Spring MVC's
     * interceptors and Spring Security's handlers too: shared by the frameworks built on servlets, so in the
     * core rather than copied into each. The rest of the Servlet API is its home's
     * ({@code frameworks.servlet}).
     */
    public static final Set<String> HTTP_SERVLET_REQUEST =
            Set.of("javax.servlet.http.HttpServletRequest", "jakarta.servlet.http.HttpServletRequest",
                    "javax.servlet.ServletRequest", "jakarta.servlet.ServletRequest");

    /**
     * Response types a servlet's {@code service}/{@code doXxx} methods take, and a filter's, an interceptor's
     * and a Spring Security handler's: shared, as {@link #HTTP_SERVLET_REQUEST} is.
     */
    public static final Set<String> SERVLET_RESPONSE_PARAMETER =
            Set.of("javax.servlet.http.HttpServletResponse", "jakarta.servlet.http.HttpServletResponse",
                    "javax.servlet.ServletResponse", "jakarta.servlet.ServletResponse");




    /** Annotations that name the bean an injection point takes: the value, or {@code @Resource}'s name. */
    public static final Set<String> BEAN_QUALIFIER = Set.of("org.springframework.beans.factory.annotation.Qualifier",
            "javax.inject.Named", "jakarta.inject.Named");
    public static final Set<String> RESOURCE = Set.of("javax.annotation.Resource", "jakarta.annotation.Resource");
    /** Annotations that make a class a bean named by their value, or after the class when it has none. */
    public static final Set<String> BEAN_STEREOTYPE = Set.of("org.springframework.stereotype.Component",
            "org.springframework.stereotype.Service", "org.springframework.stereotype.Repository",
            "org.springframework.stereotype.Controller", "org.springframework.web.bind.annotation.RestController",
            "javax.inject.Named", "jakarta.inject.Named");



    private static final Set<String> ALL = new HashSet<>();

    static {
        for (Set<String> set : List.of(HTTP_SERVLET_REQUEST, SERVLET_RESPONSE_PARAMETER,
                BEAN_QUALIFIER, RESOURCE, BEAN_STEREOTYPE)) {
            ALL.addAll(set);
        }
    }

    private KnownTypes() {}

    public static boolean isKnown(String fqn) {
        return Installed.ALL.contains(fqn);
    }

    /** These types, every status-constant owner's, and the framework homes', built on first use. */
    private static final class Installed {
        static final Set<String> ALL = new HashSet<>(KnownTypes.ALL);

        static {
            ALL.addAll(StatusConstants.owners());
            FrameworkFacts.installed().forEach(home -> ALL.addAll(home.apiTypes()));
        }
    }

    /** True for a static member the catalogue knows, such as {@code ...HttpStatus.FOUND}. */
    public static boolean isKnownMember(String qualifiedMember) {
        return StatusConstants.codeOf(qualifiedMember).isPresent()
                || StringConstants.valueOf(qualifiedMember).isPresent();
    }
}
