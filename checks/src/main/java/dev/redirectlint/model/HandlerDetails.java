package dev.redirectlint.model;

/**
 * What a framework's home records about a handler for its own detectors, which the core neither reads nor
 * names (Spring's: whether the return value is written as the body, whether the handler is WebFlux's). A
 * detector asks for its class with {@link Handler#details(Class)}.
 */
public interface HandlerDetails {}
