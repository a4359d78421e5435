package dev.redirectlint.model;

/**
 * What the libraries the analysed code compiles against can do, as far as fixes depend on it: the
 * detectors ask this, not the whole configuration, so they need nothing from the engine.
 *
 * @param modelAndViewStatus false for a spring-webmvc older than 5.3.14, where a redirect ignores the
 *     status of its ModelAndView; true when the version is not known
 * @param servletRedirectWithStatus true for Servlet 6.1 or later (jakarta), whose
 *     {@code sendRedirect(location, status)} lets a fix keep {@code sendRedirect}
 */
public record LibraryLevels(boolean modelAndViewStatus, boolean servletRedirectWithStatus) {}
