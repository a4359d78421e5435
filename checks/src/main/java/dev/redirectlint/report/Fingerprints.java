package dev.redirectlint.report;

import dev.redirectlint.api.Finding;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Line-independent identities of findings, shared by the SARIF {@code partialFingerprints} and the
 * baseline file, so that a finding keeps its identity when unrelated lines above it are edited.
 *
 * <p>A fingerprint is the first 128 bits, in hex, of the SHA-256 of the rule id, the file's path
 * relative to a base directory (forward slashes), and the finding's {@link Finding#fingerprintBasis()}
 * (the handler's signature and the normalised redirect expression). Line and column numbers are not part
 * of it. Two findings of one rule in one handler with the same expression share a fingerprint; an
 * {@linkplain #occurrences(List, Path) occurrence number} tells them apart.
 */
public final class Fingerprints {

    /** Bumped whenever the inputs change, so old baselines can be recognised. */
    public static final String VERSION = "v1";

    private Fingerprints() {}

    /** The fingerprint of a finding whose file is resolved against {@code baseDirectory}. */
    public static String of(Finding finding, Path baseDirectory) {
        return hash(finding.ruleId() + "\n" + relativePath(finding.file(), baseDirectory) + "\n" + basis(finding));
    }

    /**
     * The fingerprint of each finding and its 1-based occurrence among the findings with the same
     * fingerprint, counted in the order given (sort by position first, as {@code LintResult} does).
     */
    public static Map<Finding, Occurrence> occurrences(List<Finding> findings, Path baseDirectory) {
        Map<Finding, Occurrence> result = new IdentityHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Finding finding : findings) {
            String fingerprint = of(finding, baseDirectory);
            int occurrence = seen.merge(fingerprint, 1, Integer::sum);
            result.put(finding, new Occurrence(fingerprint, occurrence));
        }
        return result;
    }

    /** {@code src/main/java/shop/A.java} for a file under the base directory, else the absolute path. */
    public static String relativePath(Path file, Path baseDirectory) {
        Path base = baseDirectory.toAbsolutePath().normalize();
        Path absolute = file.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(base) ? base.relativize(absolute) : absolute;
        return shown.toString().replace(shown.getFileSystem().getSeparator(), "/");
    }

    /** What identifies the finding inside its file: the engine's basis, or handler and mechanism. */
    static String basis(Finding finding) {
        return finding.fingerprintBasis() != null
                ? finding.fingerprintBasis()
                : finding.handler() + "\n" + finding.mechanism();
    }

    private static String hash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /**
     * A fingerprint and which of the findings sharing it this is.
     *
     * @param fingerprint 32 hex digits
     * @param occurrence 1 for the first finding with this fingerprint (in position order), 2 for the next
     */
    public record Occurrence(String fingerprint, int occurrence) {

        /** {@code fingerprint:occurrence}, the form GitHub uses for its own line hashes. */
        @Override
        public String toString() {
            return fingerprint + ":" + occurrence;
        }
    }
}
