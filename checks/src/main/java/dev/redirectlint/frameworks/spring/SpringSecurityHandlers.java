package dev.redirectlint.frameworks.spring;

import com.github.javaparser.ast.body.MethodDeclaration;
import dev.redirectlint.frameworks.EveryMethodEntryPoints;
import dev.redirectlint.frameworks.Signatures;
import dev.redirectlint.java.KnownTypes;
import dev.redirectlint.java.TypeNames;
import java.util.Set;

/**
 * Spring Security handlers that users write: {@code onAuthenticationSuccess} and
 * {@code onAuthenticationFailure} (after a form login, a POST, or an OAuth2 callback, a GET),
 * {@code onLogoutSuccess} (after a logout, a POST by default), and the {@code AuthenticationEntryPoint} and
 * {@code AccessDeniedHandler} that answer any request a rule turns away (a POST with an expired session
 * too). Which method reached them is not in the source, so a {@code response.sendRedirect} there is reported as {@code any-method-302}. Spring's own
 * handlers redirect through a {@code RedirectStrategy}, which is configuration and is left alone.
 */
final class SpringSecurityHandlers extends EveryMethodEntryPoints {

    SpringSecurityHandlers() {
        super(SpringTypes.SECURITY);
    }

    @Override
    protected Set<String> entrySignatures() {
        return Set.of("onAuthenticationSuccess/3", "onAuthenticationFailure/3", "onLogoutSuccess/3", "commence/3",
                "handle/3");
    }

    @Override
    protected boolean isEntryPoint(MethodDeclaration method, TypeNames names) {
        return Signatures.is(method, names, "onAuthenticationSuccess", KnownTypes.HTTP_SERVLET_REQUEST,
                        KnownTypes.SERVLET_RESPONSE_PARAMETER, SpringTypes.SECURITY_AUTHENTICATION)
                || Signatures.is(method, names, "onAuthenticationFailure", KnownTypes.HTTP_SERVLET_REQUEST,
                        KnownTypes.SERVLET_RESPONSE_PARAMETER, SpringTypes.SECURITY_AUTHENTICATION_EXCEPTION)
                || Signatures.is(method, names, "onLogoutSuccess", KnownTypes.HTTP_SERVLET_REQUEST,
                        KnownTypes.SERVLET_RESPONSE_PARAMETER, SpringTypes.SECURITY_AUTHENTICATION)
                || Signatures.is(method, names, "commence", KnownTypes.HTTP_SERVLET_REQUEST,
                        KnownTypes.SERVLET_RESPONSE_PARAMETER, SpringTypes.SECURITY_AUTHENTICATION_EXCEPTION)
                || Signatures.is(method, names, "handle", KnownTypes.HTTP_SERVLET_REQUEST,
                        KnownTypes.SERVLET_RESPONSE_PARAMETER, SpringTypes.SECURITY_ACCESS_DENIED_EXCEPTION);
    }
}
