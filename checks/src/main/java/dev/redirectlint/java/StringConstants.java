package dev.redirectlint.java;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Library string constants that matter for view names: the framework homes' ({@link FrameworkFacts#stringConstants()}). */
public final class StringConstants {

    private StringConstants() {}

    public static Optional<String> valueOf(String qualifiedMember) {
        return Optional.ofNullable(Installed.VALUES.get(qualifiedMember));
    }

    /** The homes' constants, built on first use (a home may name this class as it loads). */
    private static final class Installed {
        static final Map<String, String> VALUES = new HashMap<>();

        static {
            FrameworkFacts.installed().forEach(home -> VALUES.putAll(home.stringConstants()));
        }
    }
}
