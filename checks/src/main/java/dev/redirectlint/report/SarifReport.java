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
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Writes a {@link LintResult} as a SARIF 2.1.0 log with one run.
 *
 * <p>File locations are URIs relative to a base directory, resolved through the {@code %SRCROOT%}
 * base id that the log itself defines in {@code originalUriBaseIds}; a file outside the base directory
 * is written as an absolute {@code file:} URI. Lines and columns are 1-based and counted in UTF-16 code
 * units; the end column is exclusive, as SARIF requires ({@link Region}'s is inclusive).
 *
 * <p>Each rule has a {@code helpUri} into the README's rule documentation ({@code <project url>#rule-id}
 * unless {@linkplain #withHelpBaseUri(String) configured}) and help in text and Markdown. Each result has
 * {@code partialFingerprints} that do not depend on line numbers (see {@link Fingerprints}), its fixes as
 * SARIF {@code fixes}, and, when a baseline is in use, a {@code baselineState}.
 */
public final class SarifReport {

    /** The SARIF version written. */
    public static final String SARIF_VERSION = "2.1.0";

    /** The JSON schema of {@link #SARIF_VERSION}. */
    public static final String SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";

    /** The base id that every relative artifact URI refers to. */
    public static final String SRCROOT = "%SRCROOT%";

    static final String TOOL_NAME = "redirect-lint";
    /** The project page; each rule is documented under it, at {@code #rule-id}. */
    public static final String INFORMATION_URI = projectUrl();

    /** The {@code partialFingerprints} key of redirect-lint's own fingerprint. */
    public static final String FINGERPRINT_KEY = "redirectLint/" + Fingerprints.VERSION;

    /**
     * The key GitHub code scanning tracks alerts by, which redirect-lint leaves to GitHub's upload action: the
     * action hashes the line itself and warns for every result that already holds a different value
     * ({@code locationUpdateCallback} in its {@code src/fingerprints.ts}).
     */
    static final String GITHUB_FINGERPRINT_KEY = "primaryLocationLineHash";

    private static final Pattern SEMVER = Pattern.compile(
            "\\d+\\.\\d+\\.\\d+(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?");

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    private final Path baseDirectory;
    private final List<RuleInfo> rules;
    private final String toolVersion;
    private final String helpBaseUri;
    private final String automationId;
    private final Predicate<Finding> baselined;
    private final String baselineName;

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
        this(baseDirectory.toAbsolutePath().normalize(), List.copyOf(rules), toolVersion, INFORMATION_URI, null, null,
                null);
    }

    private SarifReport(Path baseDirectory, List<RuleInfo> rules, String toolVersion, String helpBaseUri,
            String automationId, Predicate<Finding> baselined, String baselineName) {
        this.baseDirectory = baseDirectory;
        this.rules = rules;
        this.toolVersion = toolVersion;
        this.helpBaseUri = helpBaseUri;
        this.automationId = automationId;
        this.baselined = baselined;
        this.baselineName = baselineName;
    }

    /**
     * This report with rule {@code helpUri}s of the form {@code base#rule-id}; blank keeps the default,
     * the project's README.
     */
    public SarifReport withHelpBaseUri(String base) {
        String effective = base == null || base.isBlank() ? INFORMATION_URI : base.strip();
        return new SarifReport(baseDirectory, rules, toolVersion, effective, automationId, baselined, baselineName);
    }

    /**
     * This report with {@code runs[0].automationDetails.id} set, for example {@code redirect-lint/module-a/}:
     * GitHub code scanning takes it as the analysis category, so one upload can hold the logs of several
     * modules.
     */
    public SarifReport withAutomationId(String id) {
        return new SarifReport(baseDirectory, rules, toolVersion, helpBaseUri, id, baselined, baselineName);
    }

    /**
     * This report with a baseline in use: every result gets a {@code baselineState}, {@code unchanged} for
     * findings that {@code baselined} accepts and {@code new} for the others, and baselined results carry an
     * external, accepted suppression that names the baseline file.
     *
     * @param name how the suppression's justification names the baseline, for example its file name
     */
    public SarifReport withBaseline(Predicate<Finding> baselined, String name) {
        return new SarifReport(baseDirectory, rules, toolVersion, helpBaseUri, automationId, baselined, name);
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

        Map<Finding, Fingerprints.Occurrence> fingerprints = Fingerprints.occurrences(result.findings(), baseDirectory);
        JsonArray results = new JsonArray();
        for (Finding finding : result.findings()) {
            results.add(result(finding, ruleIndex.get(finding.ruleId()), fingerprints.get(finding)));
        }
        run.add("results", results);
        run.addProperty("columnKind", "utf16CodeUnits");
        if (automationId != null && !automationId.isBlank()) {
            JsonObject automation = new JsonObject();
            automation.addProperty("id", automationId);
            run.add("automationDetails", automation);
        }
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
            String helpUri = helpUri(rule.id());
            descriptor.addProperty("helpUri", helpUri);
            JsonObject help = message(rule.summary() + ".\n\n" + rule.description()
                    + "\n\nSuppress with @SuppressWarnings(\"redirect-lint:" + rule.id() + "\"), or turn the rule off"
                    + " with redirect-lint.disabledRules=" + rule.id() + ".\n\nDocumentation: " + helpUri);
            help.addProperty("markdown", "**" + rule.summary() + ".**\n\n" + rule.description()
                    + "\n\nSuppress one handler (or a whole class) with `@SuppressWarnings(\"redirect-lint:" + rule.id()
                    + "\")`, or turn the rule off for a project with `redirect-lint.disabledRules=" + rule.id() + "`."
                    + "\n\n[Documentation of `" + rule.id() + "`](" + helpUri + ")");
            descriptor.add("help", help);
            JsonObject ruleProperties = new JsonObject();
            JsonArray tags = new JsonArray();
            tags.add("http");
            tags.add("redirect");
            ruleProperties.add("tags", tags);
            descriptor.add("properties", ruleProperties);
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

    /** The rule's documentation: the help base with the rule id as fragment. */
    String helpUri(String ruleId) {
        int hash = helpBaseUri.indexOf('#');
        return (hash >= 0 ? helpBaseUri.substring(0, hash) : helpBaseUri) + "#" + ruleId;
    }

    private JsonObject result(Finding finding, Integer ruleIndex, Fingerprints.Occurrence fingerprint) {
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
            result.add("codeFlows", codeFlows(finding));
        }

        if (!finding.fixes().isEmpty()) {
            JsonArray fixes = new JsonArray();
            for (Fix fix : finding.fixes()) {
                fixes.add(fix(fix.fileOr(finding.file()), fix));
            }
            result.add("fixes", fixes);
        }

        JsonObject fingerprints = new JsonObject();
        fingerprints.addProperty(FINGERPRINT_KEY, fingerprint.toString());
        result.add("partialFingerprints", fingerprints);

        if (baselined != null) {
            boolean known = baselined.test(finding);
            result.addProperty("baselineState", known ? "unchanged" : "new");
            if (known) {
                JsonObject suppression = new JsonObject();
                suppression.addProperty("kind", "external");
                suppression.addProperty("status", "accepted");
                suppression.addProperty("justification", "Known finding, listed in the redirect-lint baseline "
                        + baselineName + "; it does not fail the build.");
                JsonArray suppressions = new JsonArray();
                suppressions.add(suppression);
                result.add("suppressions", suppressions);
            }
        }

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

    /**
     * The steps from the handler to the redirect as one thread flow: the call in the handler (the result's
     * location), each further call, and the redirect. GitHub code scanning shows it as "Show paths".
     */
    private JsonArray codeFlows(Finding finding) {
        JsonArray steps = new JsonArray();
        steps.add(flowStep(finding.file(), finding.region(), "the handler " + finding.handler() + " starts here"));
        for (RelatedLocation related : finding.related()) {
            steps.add(flowStep(related.file(), related.region(), related.message()));
        }
        JsonObject threadFlow = new JsonObject();
        threadFlow.add("locations", steps);
        JsonArray threadFlows = new JsonArray();
        threadFlows.add(threadFlow);
        JsonObject codeFlow = new JsonObject();
        codeFlow.add("message", message("How " + finding.handler() + " reaches the redirect"));
        codeFlow.add("threadFlows", threadFlows);
        JsonArray codeFlows = new JsonArray();
        codeFlows.add(codeFlow);
        return codeFlows;
    }

    private JsonObject flowStep(Path file, Region region, String text) {
        JsonObject location = new JsonObject();
        location.add("physicalLocation", physicalLocation(file, region));
        location.add("message", message(text));
        JsonObject step = new JsonObject();
        step.add("location", location);
        return step;
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

    private static JsonObject message(String text) {
        JsonObject message = new JsonObject();
        message.addProperty("text", text == null ? "" : text);
        return message;
    }

    /** The project URL this build was made from, as in the root pom's {@code <url>}. */
    private static String projectUrl() {
        try (InputStream in = RedirectLint.class.getResourceAsStream("version.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            String url = properties.getProperty("url", "");
            return url.startsWith("https://") ? url : "https://github.com/redirect-lint/redirect-lint";
        } catch (IOException e) {
            return "https://github.com/redirect-lint/redirect-lint";
        }
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
