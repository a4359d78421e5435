package dev.redirectlint.frameworks.ratpack;

import dev.redirectlint.model.Framework;
import dev.redirectlint.model.Mechanism;
import java.util.Set;

/** Ratpack 1 ({@code ratpack.handling}) and 2 ({@code ratpack.core.handling}). */
final class RatpackTypes {

    static final Framework FRAMEWORK = new Framework("RATPACK", "Ratpack");
    static final Mechanism REDIRECT_MECHANISM = new Mechanism("RATPACK_REDIRECT", "Ratpack Context.redirect", false);

    static final Set<String> CHAIN = Set.of("ratpack.handling.Chain", "ratpack.core.handling.Chain");
    static final Set<String> CONTEXT = Set.of("ratpack.handling.Context", "ratpack.core.handling.Context");

    private RatpackTypes() {}
}
