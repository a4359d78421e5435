package dev.redirectlint.frameworks;

import com.github.javaparser.ast.body.MethodDeclaration;
import dev.redirectlint.java.KnownTypes;
import dev.redirectlint.java.TypeNames;
import dev.redirectlint.model.Framework;

/**
 * Servlet filters answer requests of every method before any handler runs: {@code doFilter(ServletRequest,
 * ServletResponse, FilterChain)} of a {@code Filter} and Spring's {@code doFilterInternal(HttpServletRequest,
 * HttpServletResponse, FilterChain)}. A redirect there is reported as {@code any-method-302}.
 */
public final class ServletFilterHandlers extends EveryMethodEntryPoints {

    public ServletFilterHandlers() {
        super(Framework.SERVLET_FILTER);
    }

    @Override
    protected boolean isEntryPoint(MethodDeclaration method, TypeNames names) {
        return Signatures.is(method, names, "doFilter", KnownTypes.HTTP_SERVLET_REQUEST,
                        KnownTypes.SERVLET_RESPONSE_PARAMETER, KnownTypes.FILTER_CHAIN)
                || Signatures.is(method, names, "doFilterInternal", KnownTypes.HTTP_SERVLET_REQUEST,
                        KnownTypes.SERVLET_RESPONSE_PARAMETER, KnownTypes.FILTER_CHAIN);
    }
}
