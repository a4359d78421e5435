package dev.redirectlint.api;

import java.nio.file.Path;
import java.util.List;

/**
 * One problem found in one handler.
 *
 * @param ruleId the rule that reported it
 * @param severity the effective severity (after configuration)
 * @param message the full message: handler, accepted methods, mechanism and the fix to apply
 * @param messageKey the key of the message template in the rules' message bundle
 *     ({@code dev/redirectlint/rules/messages.properties}); for the engine's findings this is the rule id.
 *     Integrations with their own message handling (Checkstyle) log this key with {@code messageArgs}
 * @param messageArgs the template's arguments, already rendered as text; {@code message} is the template
 *     formatted with them
 * @param file the analysed file as it was given to the engine
 * @param region where the redirect is produced inside the handler
 * @param handler the handler as {@code Class#method}
 * @param mechanism a short, line-independent description of what produces the status, such as
 *     {@code "redirect:" view name}; stable enough to fingerprint a finding
 * @param related further locations, such as the redirect inside a helper method
 * @param fixes alternative fixes, the preferred one first; empty when no safe rewrite exists
 * @param fingerprintBasis what identifies the finding inside its file without line numbers: the handler's
 *     signature ({@code Class#method(ParamType, ...)}) and the normalised expression that produces the
 *     status, one per line; {@code null} when unknown (then {@link #handler()} and {@link #mechanism()}
 *     stand in for it). Baselines and SARIF fingerprints are built from it
 * @param handlerRegion the whole handler method, annotations included, so that a change anywhere in the
 *     handler can be told apart from a change elsewhere in the file; {@code null} when unknown
 * @param exposedBy for a handler method inherited from a base class: the concrete classes that expose it as
 *     an endpoint (simple names, sorted); empty for a handler declared in its own class
 * @param noFixReason why {@code fixes} is empty, for people ("the handler overrides a method ..."); {@code null}
 *     when there are fixes or no reason is known
 */
public record Finding(
        String ruleId,
        Severity severity,
        String message,
        String messageKey,
        List<String> messageArgs,
        Path file,
        Region region,
        String handler,
        String mechanism,
        List<RelatedLocation> related,
        List<Fix> fixes,
        String fingerprintBasis,
        Region handlerRegion,
        List<String> exposedBy,
        String noFixReason) {

    public Finding {
        messageArgs = List.copyOf(messageArgs);
        related = List.copyOf(related);
        fixes = List.copyOf(fixes);
        exposedBy = List.copyOf(exposedBy);
    }

    public Finding(String ruleId, Severity severity, String message, String messageKey, List<String> messageArgs,
            Path file, Region region, String handler, String mechanism, List<RelatedLocation> related, List<Fix> fixes,
            String fingerprintBasis, Region handlerRegion, List<String> exposedBy) {
        this(ruleId, severity, message, messageKey, messageArgs, file, region, handler, mechanism, related, fixes,
                fingerprintBasis, handlerRegion, exposedBy, null);
    }

    /** A finding of a handler declared in its own class. */
    public Finding(String ruleId, Severity severity, String message, String messageKey, List<String> messageArgs,
            Path file, Region region, String handler, String mechanism, List<RelatedLocation> related, List<Fix> fixes,
            String fingerprintBasis, Region handlerRegion) {
        this(ruleId, severity, message, messageKey, messageArgs, file, region, handler, mechanism, related, fixes,
                fingerprintBasis, handlerRegion, List.of());
    }

    /**
     * A finding with only its rendered message (the key is the rule id, with no arguments) and without a
     * fingerprint basis or handler region, for reports built outside the engine.
     */
    public Finding(String ruleId, Severity severity, String message, Path file, Region region, String handler,
            String mechanism, List<RelatedLocation> related, List<Fix> fixes) {
        this(ruleId, severity, message, ruleId, List.of(), file, region, handler, mechanism, related, fixes);
    }

    /** A finding with only its rendered message: the key is the rule id, with no arguments. */
    public Finding(String ruleId, Severity severity, String message, Path file, Region region, String handler,
            String mechanism, List<RelatedLocation> related, List<Fix> fixes, String fingerprintBasis,
            Region handlerRegion) {
        this(ruleId, severity, message, ruleId, List.of(), file, region, handler, mechanism, related, fixes,
                fingerprintBasis, handlerRegion);
    }

    /** A finding without a fingerprint basis or handler region. */
    public Finding(String ruleId, Severity severity, String message, String messageKey, List<String> messageArgs,
            Path file, Region region, String handler, String mechanism, List<RelatedLocation> related, List<Fix> fixes) {
        this(ruleId, severity, message, messageKey, messageArgs, file, region, handler, mechanism, related, fixes,
                null, null);
    }

    public Finding withSeverity(Severity newSeverity) {
        return new Finding(ruleId, newSeverity, message, messageKey, messageArgs, file, region, handler, mechanism,
                related, fixes, fingerprintBasis, handlerRegion, exposedBy, noFixReason);
    }
}
