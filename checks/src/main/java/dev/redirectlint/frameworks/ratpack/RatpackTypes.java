package dev.redirectlint.frameworks.ratpack;

import java.util.Set;

/** Ratpack 1 ({@code ratpack.handling}) and 2 ({@code ratpack.core.handling}). */
final class RatpackTypes {

    static final Set<String> CHAIN = Set.of("ratpack.handling.Chain", "ratpack.core.handling.Chain");
    static final Set<String> CONTEXT = Set.of("ratpack.handling.Context", "ratpack.core.handling.Context");

    private RatpackTypes() {}
}
