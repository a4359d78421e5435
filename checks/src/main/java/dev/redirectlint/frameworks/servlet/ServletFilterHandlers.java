package dev.redirectlint.frameworks.servlet;

import com.github.javaparser.ast.body.MethodDeclaration;
import dev.redirectlint.frameworks.EveryMethodEntryPoints;
import dev.redirectlint.frameworks.Signatures;
import dev.redirectlint.java.KnownTypes;
import dev.redirectlint.java.TypeNames;
import java.util.Set;

/**
 * Servlet filters answer requests of every method before any handler runs: {@code doFilter(ServletRequest,
 * ServletResponse, FilterChain)} of a {@code Filter} and Spring's {@code doFilterInternal(HttpServletRequest,
 * HttpServletResponse, FilterChain)}. A redirect there is reported as {@code any-method-302}.
 */
final class ServletFilterHandlers extends EveryMethodEntryPoints {

    ServletFilterHandlers() {
        super(ServletTypes.FILTER_FRAMEWORK);
    }

    @Override
    protected Set<String> entrySignatures() {
        return Set.of("doFilter/3", "doFilterInternal/3");
    }

    @Override
    protected boolean isEntryPoint(MethodDeclaration method, TypeNames names) {
        return Signatures.is(method, names, "doFilter", KnownTypes.HTTP_SERVLET_REQUEST,
                        KnownTypes.SERVLET_RESPONSE_PARAMETER, ServletTypes.FILTER_CHAIN)
                || Signatures.is(method, names, "doFilterInternal", KnownTypes.HTTP_SERVLET_REQUEST,
                        KnownTypes.SERVLET_RESPONSE_PARAMETER, ServletTypes.FILTER_CHAIN);
    }
}
