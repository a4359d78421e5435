package dev.redirectlint.report;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.redirectlint.api.Finding;
import dev.redirectlint.api.Fix;
import dev.redirectlint.api.LintResult;
import dev.redirectlint.api.ProcessingError;
import dev.redirectlint.api.Region;
import dev.redirectlint.api.RelatedLocation;
import dev.redirectlint.api.RuleInfo;
import dev.redirectlint.api.Severity;
import dev.redirectlint.api.TextEdit;
import dev.redirectlint.engine.RedirectLint;
import dev.redirectlint.io.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes a {@link LintResult} as a SARIF 2.1.0 log with one run.
 *
 * <p>File locations are URIs relative to a base directory, resolved through the {@code %SRCROOT%}
 * base id that the log itself defines in {@code originalUriBaseIds}; a file outside the base directory
 * is written as an absolute {@code file:} URI. Lines and columns are 1-based and counted in UTF-16 code
 * units; the end column is exclusive, as SARIF requires ({@link Region}'s is inclusive).
 */
public final class SarifReport {

    /** The SARIF version written. */
    public static final String SARIF_VERSION = "2.1.0";

    /** The JSON schema of {@link #SARIF_VERSION}. */
    public static final String SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";

    /** The base id that every relative artifact URI refers to. */
    public static final String SRCROOT = "%SRCROOT%";

    static final String TOOL_NAME = "redirect-lint";
    static final String INFORMATION_URI = "https://github.com/redirect-lint/redirect-lint";

    private static final Pattern SEMVER = Pattern.compile(
            "\\d+\\.\\d+\\.\\d+(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?");

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    private final Path baseDirectory;
    private final List<RuleInfo> rules;
    private final String toolVersion;

    /**
     * A report for the engine's rule catalogue and version.
     *
     * @param baseDirectory the directory that artifact URIs are relative to (the {@code %SRCROOT%})
     */
    public SarifReport(Path baseDirectory) {
        this(baseDirectory, RedirectLint.rules(), RedirectLint.version());
    }

    /**
     * A report for an explicit rule catalogue and tool version.
     *
     * @param baseDirectory the directory that artifact URIs are relative to (the {@code %SRCROOT%})
     * @param rules the rules listed in {@code tool.driver.rules}, in that order
     * @param toolVersion the version written as {@code tool.driver.version}
     */
    public SarifReport(Path baseDirectory, List<RuleInfo> rules, String toolVersion) {
        this.baseDirectory = baseDirectory.toAbsolutePath().normalize();
        this.rules = List.copyOf(rules);
        this.toolVersion = toolVersion;
    }

    /** The SARIF log as a JSON tree. */
    public JsonObject toJson(LintResult result) {
        JsonObject log = new JsonObject();
        log.addProperty("$schema", SCHEMA_URI);
        log.addProperty("version", SARIF_VERSION);
        JsonArray runs = new JsonArray();
        runs.add(run(result));
        log.add("runs", runs);
        return log;
    }

    /** The SARIF log as pretty-printed JSON text. */
    public String render(LintResult result) {
        return ReportText.wellFormed(GSON.toJson(toJson(result))) + "\n";
    }

    /**
     * Writes the SARIF log to {@code target} in UTF-8, creating missing parent directories. The text is
     * first written to a temporary file in the same directory, which then replaces {@code target}
     * atomically where the file system allows it, so readers never see a partly written log.
     */
    public void write(LintResult result, Path target) throws IOException {
        AtomicFiles.write(target, render(result), StandardCharsets.UTF_8);
    }

    private JsonObject run(LintResult result) {
        Map<String, Integer> ruleIndex = new HashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            ruleIndex.putIfAbsent(rules.get(i).id(), i);
        }

        JsonObject run = new JsonObject();
        JsonObject tool = new JsonObject();
        tool.add("driver", driver());
        run.add("tool", tool);

        JsonObject baseIds = new JsonObject();
        JsonObject srcRoot = new JsonObject();
        srcRoot.addProperty("uri", directoryUri(baseDirectory));
        baseIds.add(SRCROOT, srcRoot);
        run.add("originalUriBaseIds", baseIds);

        JsonArray invocations = new JsonArray();
        invocations.add(invocation(result.errors()));
        run.add("invocations", invocations);

        JsonArray results = new JsonArray();
        for (Finding finding : result.findings()) {
            results.add(result(finding, ruleIndex.get(finding.ruleId())));
        }
        run.add("results", results);
        run.addProperty("columnKind", "utf16CodeUnits");
        return run;
    }

    private JsonObject driver() {
        JsonObject driver = new JsonObject();
        driver.addProperty("name", TOOL_NAME);
        driver.addProperty("version", toolVersion);
        if (SEMVER.matcher(toolVersion).matches()) {
            driver.addProperty("semanticVersion", toolVersion);
        }
        driver.addProperty("informationUri", INFORMATION_URI);
        JsonArray ruleArray = new JsonArray();
        for (RuleInfo rule : rules) {
            JsonObject descriptor = new JsonObject();
            descriptor.addProperty("id", rule.id());
            descriptor.addProperty("name", ruleName(rule.id()));
            descriptor.add("shortDescription", message(rule.summary()));
            descriptor.add("fullDescription", message(rule.description()));
            JsonObject configuration = new JsonObject();
            configuration.addProperty("level", level(rule.defaultSeverity()));
            descriptor.add("defaultConfiguration", configuration);
            descriptor.add("help", message(rule.summary() + ".\n\n" + rule.description()
                    + "\n\nSuppress with @SuppressWarnings(\"redirect-lint:" + rule.id() + "\")."));
            ruleArray.add(descriptor);
        }
        driver.add("rules", ruleArray);
        return driver;
    }

    private JsonObject invocation(List<ProcessingError> errors) {
        JsonObject invocation = new JsonObject();
        invocation.addProperty("executionSuccessful", errors.isEmpty());
        JsonArray notifications = new JsonArray();
        for (ProcessingError error : errors) {
            JsonObject notification = new JsonObject();
            notification.addProperty("level", "error");
            notification.add("message", message(error.reason()));
            JsonObject physical = new JsonObject();
            physical.add("artifactLocation", artifactLocation(error.file()));
            if (error.line() > 0) {
                JsonObject region = new JsonObject();
                region.addProperty("startLine", error.line());
                if (error.column() > 0) {
                    region.addProperty("startColumn", error.column());
                }
                physical.add("region", region);
            }
            JsonObject location = new JsonObject();
            location.add("physicalLocation", physical);
            JsonArray locations = new JsonArray();
            locations.add(location);
            notification.add("locations", locations);
            notifications.add(notification);
        }
        invocation.add("toolExecutionNotifications", notifications);
        return invocation;
    }

    private JsonObject result(Finding finding, Integer ruleIndex) {
        JsonObject result = new JsonObject();
        result.addProperty("ruleId", finding.ruleId());
        if (ruleIndex != null) {
            result.addProperty("ruleIndex", ruleIndex);
        }
        result.addProperty("level", level(finding.severity()));
        result.add("message", message(finding.message()));

        JsonObject location = new JsonObject();
        location.add("physicalLocation", physicalLocation(finding.file(), finding.region()));
        if (finding.handler() != null) {
            JsonObject logical = new JsonObject();
            logical.addProperty("fullyQualifiedName", finding.handler());
            logical.addProperty("kind", "function");
            JsonArray logicalLocations = new JsonArray();
            logicalLocations.add(logical);
            location.add("logicalLocations", logicalLocations);
        }
        JsonArray locations = new JsonArray();
        locations.add(location);
        result.add("locations", locations);

        if (!finding.related().isEmpty()) {
            JsonArray related = new JsonArray();
            int id = 1;
            for (RelatedLocation relatedLocation : finding.related()) {
                JsonObject entry = new JsonObject();
                entry.addProperty("id", id++);
                entry.add("physicalLocation", physicalLocation(relatedLocation.file(), relatedLocation.region()));
                entry.add("message", message(relatedLocation.message()));
                related.add(entry);
            }
            result.add("relatedLocations", related);
        }

        if (!finding.fixes().isEmpty()) {
            JsonArray fixes = new JsonArray();
            for (Fix fix : finding.fixes()) {
                fixes.add(fix(finding.file(), fix));
            }
            result.add("fixes", fixes);
        }

        JsonObject fingerprints = new JsonObject();
        fingerprints.addProperty("redirectLint/v1", fingerprint(finding));
        result.add("partialFingerprints", fingerprints);

        JsonObject properties = new JsonObject();
        if (finding.handler() != null) {
            properties.addProperty("handler", finding.handler());
        }
        if (finding.mechanism() != null) {
            properties.addProperty("mechanism", finding.mechanism());
        }
        if (properties.size() > 0) {
            result.add("properties", properties);
        }
        return result;
    }

    private JsonObject fix(Path file, Fix fix) {
        JsonObject json = new JsonObject();
        json.add("description", message(fix.description()));
        JsonArray replacements = new JsonArray();
        for (TextEdit edit : fix.edits()) {
            JsonObject deleted = new JsonObject();
            deleted.addProperty("charOffset", edit.startOffset());
            deleted.addProperty("charLength", edit.endOffset() - edit.startOffset());
            JsonObject replacement = new JsonObject();
            replacement.add("deletedRegion", deleted);
            JsonObject inserted = new JsonObject();
            inserted.addProperty("text", edit.replacement());
            replacement.add("insertedContent", inserted);
            replacements.add(replacement);
        }
        JsonObject change = new JsonObject();
        change.add("artifactLocation", artifactLocation(file));
        change.add("replacements", replacements);
        JsonArray changes = new JsonArray();
        changes.add(change);
        json.add("artifactChanges", changes);
        JsonObject properties = new JsonObject();
        properties.addProperty("status", fix.status());
        json.add("properties", properties);
        return json;
    }

    private JsonObject physicalLocation(Path file, Region region) {
        JsonObject physical = new JsonObject();
        physical.add("artifactLocation", artifactLocation(file));
        physical.add("region", region(region));
        return physical;
    }

    private static JsonObject region(Region region) {
        JsonObject json = new JsonObject();
        json.addProperty("startLine", region.startLine());
        json.addProperty("startColumn", region.startColumn());
        json.addProperty("endLine", region.endLine());
        json.addProperty("endColumn", region.endColumn() + 1);
        json.addProperty("charOffset", region.startOffset());
        json.addProperty("charLength", region.endOffset() - region.startOffset());
        return json;
    }

    private JsonObject artifactLocation(Path file) {
        JsonObject location = new JsonObject();
        Path absolute = file.toAbsolutePath().normalize();
        if (absolute.startsWith(baseDirectory)) {
            location.addProperty("uri", encodePath(baseDirectory.relativize(absolute)));
            location.addProperty("uriBaseId", SRCROOT);
        } else {
            location.addProperty("uri", absolute.toUri().toASCIIString());
        }
        return location;
    }

    /** The path's names joined with forward slashes, each percent-encoded as a URI path segment. */
    static String encodePath(Path relative) {
        StringBuilder uri = new StringBuilder();
        for (Path name : relative) {
            if (uri.length() > 0) {
                uri.append('/');
            }
            for (byte b : name.toString().getBytes(StandardCharsets.UTF_8)) {
                int c = b & 0xff;
                if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                        || "-._~!$&'()*+,;=@".indexOf(c) >= 0) {
                    uri.append((char) c);
                } else {
                    uri.append('%').append(String.format(Locale.ROOT, "%02X", c));
                }
            }
        }
        return uri.toString();
    }

    private static String directoryUri(Path directory) {
        String uri = directory.toUri().toASCIIString();
        return uri.endsWith("/") ? uri : uri + "/";
    }

    private String fingerprint(Finding finding) {
        Path absolute = finding.file().toAbsolutePath().normalize();
        String file = absolute.startsWith(baseDirectory)
                ? encodePath(baseDirectory.relativize(absolute))
                : absolute.toUri().toASCIIString();
        String key = finding.ruleId() + "\n" + file + "\n" + finding.handler() + "\n" + finding.mechanism();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static JsonObject message(String text) {
        JsonObject message = new JsonObject();
        message.addProperty("text", text == null ? "" : text);
        return message;
    }

    /** The SARIF level of a severity: error, warning or note. */
    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /** {@code non-get-302} becomes {@code NonGet302}. */
    static String ruleName(String id) {
        StringBuilder name = new StringBuilder();
        for (String part : id.split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return name.toString();
    }
}
