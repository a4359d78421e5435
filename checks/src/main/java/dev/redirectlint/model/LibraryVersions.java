package dev.redirectlint.model;

import java.math.BigInteger;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The versions of the libraries the analysed code compiles against, as far as fixes depend on them: each home
 * declares the libraries its fixes depend on ({@code FrameworkFacts.libraries()}), the build tool reports the
 * version it finds of each, and the home's detectors ask this view, not the whole configuration, so they need
 * nothing from the engine. What a version allows (Spring's 5.3.14, Servlet's 6.1) is the home's knowledge.
 *
 * @param versions version by library, as {@code groupId:artifactId}; a library the build did not report is absent
 */
public record LibraryVersions(Map<String, String> versions) {

    /** No library known: what a run outside a build tool sees. */
    public static final LibraryVersions NONE = new LibraryVersions(Map.of());

    /** A number, then optionally {@code .minor} and {@code .patch}, then anything ({@code 6.1.0-M1}). */
    private static final Pattern VERSION = Pattern.compile("\\s*(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?.*");

    public LibraryVersions {
        versions = Map.copyOf(versions);
    }

    /** The version the build reported for {@code coordinates} ({@code groupId:artifactId}), as it reported it. */
    public Optional<String> version(String coordinates) {
        return Optional.ofNullable(versions.get(coordinates));
    }

    /** True if the build reported a version of {@code coordinates} that starts with a number, as versions do. */
    public boolean known(String coordinates) {
        return isVersion(versions.get(coordinates));
    }

    /**
     * True if the library is at least the wanted version, or its version is unknown (not reported, or not a
     * version): see {@link #versionAtLeast(String, int...)}. A home for which an unknown version means an old one asks
     * {@link #known(String)} too.
     */
    public boolean atLeast(String coordinates, int... wanted) {
        return versionAtLeast(versions.get(coordinates), wanted);
    }

    /** True if {@code version} starts with a number, as {@code 5.3.14} and {@code 6.1.0-M1} do. */
    public static boolean isVersion(String version) {
        return version != null && VERSION.matcher(version).matches();
    }

    /**
     * True if {@code version} is at least {@code wanted} (major, minor, patch; missing parts of the version count
     * as 0, what follows them is ignored: {@code 6.1.0-M1} is at least 6.1), or is {@code null} or not a version
     * ({@code ${spring.version}}), which counts as the newest.
     */
    public static boolean versionAtLeast(String version, int... wanted) {
        if (version == null) {
            return true;
        }
        Matcher matcher = VERSION.matcher(version);
        if (!matcher.matches()) {
            return true;
        }
        for (int i = 0; i < wanted.length; i++) {
            BigInteger found = i < 3 && matcher.group(i + 1) != null ? new BigInteger(matcher.group(i + 1)) : BigInteger.ZERO;
            int compared = found.compareTo(BigInteger.valueOf(wanted[i]));
            if (compared != 0) {
                return compared > 0;
            }
        }
        return true;
    }
}
