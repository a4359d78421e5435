package dev.redirectlint.maven.exec;

import dev.redirectlint.api.Finding;
import dev.redirectlint.api.LintResult;
import dev.redirectlint.api.ProcessingError;
import dev.redirectlint.api.Severity;
import dev.redirectlint.engine.LintConfig;
import dev.redirectlint.engine.RedirectLint;
import dev.redirectlint.report.ConsoleReport;
import dev.redirectlint.report.SarifReport;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs redirect-lint for a {@link LintRequest}: validates every setting, finds the sources, analyses
 * them, logs one line per finding and per unreadable file, writes the SARIF log and logs a summary.
 * Applying the failure policy is left to the caller, through {@link LintOutcome#failureMessage()}.
 */
public final class LintExecutor {

    private final LintLog log;

    public LintExecutor(LintLog log) {
        this.log = log;
    }

    /**
     * Validates the request's settings without analysing anything.
     *
     * @throws InvalidSettingException naming the setting and the accepted values
     */
    public Settings validate(LintRequest request) throws InvalidSettingException {
        Severity threshold = parseSeverity(request.failOnSeverity());
        int status = parseStatus(request.preferredStatus());
        Charset charset = parseEncoding(request.encoding());
        checkPatterns(request.includes(), "includes");
        checkPatterns(request.excludes(), "excludes");
        try {
            LintConfig.Builder builder = LintConfig.builder();
            if (request.fileTimeout() != null && !request.fileTimeout().isBlank()) {
                builder.fileTimeout(parseDuration(request.fileTimeout()));
            }
            if (request.maxFileSize() != null && !request.maxFileSize().isBlank()) {
                builder.maxFileSize(parseSize(request.maxFileSize()));
            }
            LintConfig config = builder
                    .rules(request.rules())
                    .disabledRules(request.disabledRules())
                    .preferredStatus(status)
                    .encoding(charset)
                    .build();
            return new Settings(config, threshold);
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException(e.getMessage(), e);
        }
    }

    /**
     * Runs the whole analysis.
     *
     * @throws InvalidSettingException before any analysis, if a setting is invalid
     * @throws IOException if the SARIF log cannot be written
     */
    public LintOutcome execute(LintRequest request) throws InvalidSettingException, IOException {
        Settings settings = validate(request);
        List<Path> files = SourceScanner.scan(request.sourceRoots(), request.includes(), request.excludes());
        log.debug("redirect-lint: analysing " + files.size() + " file(s) from " + request.sourceRoots()
                + " (includes " + request.includes() + ", excludes " + request.excludes() + ")");

        LintResult result = new RedirectLint(settings.config()).lintFiles(files);

        for (Finding finding : result.findings()) {
            String line = ConsoleReport.line(finding);
            switch (finding.severity()) {
                case ERROR -> log.error(line);
                case WARNING -> log.warn(line);
                case INFO -> log.info(line);
            }
        }
        for (ProcessingError error : result.errors()) {
            log.error(ConsoleReport.line(error));
        }

        new SarifReport(request.sarifBaseDirectory()).write(result, request.sarifFile());
        log.info(ConsoleReport.summary(result, display(request.projectDirectory(), request.sarifFile())));
        return new LintOutcome(result, settings.failOnSeverity(), request.failOnViolation(), request.failOnError(),
                request.sarifFile());
    }

    private static Severity parseSeverity(String text) throws InvalidSettingException {
        if (text == null || text.isBlank()) {
            return Severity.WARNING;
        }
        try {
            return Severity.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException("failOnSeverity (redirect-lint.failOnSeverity): " + e.getMessage(), e);
        }
    }

    private static int parseStatus(String text) throws InvalidSettingException {
        if (text == null || text.isBlank()) {
            return 303;
        }
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new InvalidSettingException("preferredStatus (redirect-lint.preferredStatus) must be 303 (See Other)"
                    + " or 307 (Temporary Redirect), not '" + text + "'", e);
        }
    }

    private Charset parseEncoding(String name) throws InvalidSettingException {
        if (name == null || name.isBlank()) {
            log.warn("File encoding has not been set, using UTF-8 to read the sources"
                    + " (set project.build.sourceEncoding or the encoding parameter)");
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name.trim());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new InvalidSettingException("encoding: unknown or unsupported character encoding '" + name
                    + "' (set project.build.sourceEncoding or the encoding parameter to a name such as UTF-8)", e);
        }
    }

    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|min)?");
    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*(B|KB|K|MB|M|GB|G)?", Pattern.CASE_INSENSITIVE);

    /** {@code 500ms}, {@code 60s}, {@code 2m}; a bare number is seconds. */
    static Duration parseDuration(String text) throws InvalidSettingException {
        Matcher matcher = DURATION.matcher(text.trim());
        if (!matcher.matches()) {
            throw new InvalidSettingException("fileTimeout (redirect-lint.fileTimeout) must be a duration such as"
                    + " 60s, 2m or 500ms, not '" + text + "'");
        }
        long amount = Long.parseLong(matcher.group(1));
        String unit = matcher.group(2) == null ? "s" : matcher.group(2);
        return switch (unit) {
            case "ms" -> Duration.ofMillis(amount);
            case "m", "min" -> Duration.ofMinutes(amount);
            default -> Duration.ofSeconds(amount);
        };
    }

    /** {@code 4MB}, {@code 512KB}; a bare number is bytes. */
    static long parseSize(String text) throws InvalidSettingException {
        Matcher matcher = SIZE.matcher(text.trim());
        if (!matcher.matches()) {
            throw new InvalidSettingException("maxFileSize (redirect-lint.maxFileSize) must be a size such as"
                    + " 4MB, 512KB or a number of bytes, not '" + text + "'");
        }
        long amount = Long.parseLong(matcher.group(1));
        String unit = matcher.group(2) == null ? "B" : matcher.group(2).toUpperCase(java.util.Locale.ROOT);
        return switch (unit) {
            case "K", "KB" -> amount * 1024;
            case "M", "MB" -> amount * 1024 * 1024;
            case "G", "GB" -> amount * 1024 * 1024 * 1024;
            default -> amount;
        };
    }

    /** Patterns are relative to a source root: blank, absolute or {@code ..} patterns can never match. */
    private static void checkPatterns(List<String> patterns, String setting) throws InvalidSettingException {
        for (String pattern : patterns) {
            String p = pattern == null ? "" : pattern.trim().replace('\\', '/');
            if (p.isEmpty() || p.startsWith("/") || p.matches("^[A-Za-z]:/.*") || p.equals("..") || p.startsWith("../")
                    || p.contains("/../") || p.endsWith("/..")) {
                throw new InvalidSettingException(setting + " (redirect-lint." + setting + "): the pattern '" + pattern
                        + "' is " + (p.isEmpty() ? "empty" : "not relative to the source root")
                        + "; write Ant-style patterns such as **/*.java or **/generated/**");
            }
        }
    }

    /** {@code target/redirect-lint.sarif} for a file under the project, else the absolute path. */
    static String display(Path projectDirectory, Path file) {
        Path base = projectDirectory.toAbsolutePath().normalize();
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(base) ? base.relativize(absolute).toString() : absolute.toString();
    }

    /**
     * The validated settings.
     *
     * @param config the engine configuration
     * @param failOnSeverity the least severity that counts as a violation
     */
    public record Settings(LintConfig config, Severity failOnSeverity) {}
}
