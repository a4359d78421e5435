package dev.redirectlint.api;

import java.util.Locale;

/** How serious a finding is; ordered from most to least severe. */
public enum Severity {
    ERROR,
    WARNING,
    INFO;

    /** The lower-case name used in configuration and reports. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True if this severity is at least as serious as {@code threshold}. */
    public boolean isAtLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }

    /**
     * Parses a severity from configuration text (case-insensitive).
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static Severity parse(String text) {
        String normalized = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
        for (Severity severity : values()) {
            if (severity.name().equals(normalized)) {
                return severity;
            }
        }
        throw new IllegalArgumentException(
                "Unknown severity '" + text + "'; use one of: error, warning, info");
    }
}
