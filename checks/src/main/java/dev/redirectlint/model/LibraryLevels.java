package dev.redirectlint.model;

/**
 * What the libraries the analysed code compiles against can do, as far as fixes depend on it: the
 * detectors ask this, not the whole configuration, so they need nothing from the engine.
 *
 * @param modelAndViewStatus false for a spring-webmvc older than 5.3.14, where a redirect ignores the
 *     status of its ModelAndView; true when the version is not known
 * @param servletRedirectWithStatus true for Servlet 6.1 or later (jakarta), whose
 *     {@code sendRedirect(location, status)} lets a fix keep {@code sendRedirect} (the servlet home's remedy
 *     asks): the build passes the servlet-api version it compiles against with the configuration
 *     ({@code LintConfig.Builder.servletApiVersion}), which the fork protocol and the cache's key carry, so the
 *     level stays in the core's record rather than in a home
 */
public record LibraryLevels(boolean modelAndViewStatus, boolean servletRedirectWithStatus) {}
