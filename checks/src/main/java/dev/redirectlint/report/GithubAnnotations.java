package dev.redirectlint.report;

import dev.redirectlint.api.Finding;
import dev.redirectlint.api.ProcessingError;
import dev.redirectlint.api.Region;
import dev.redirectlint.api.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * GitHub Actions workflow commands ({@code ::warning file=…,line=…::message}) that make findings show up as
 * annotations on a pull request's changed files and in the run summary.
 *
 * <p>GitHub shows at most {@value #PER_TYPE_LIMIT} annotations of each type (error, warning, notice) per
 * step, and drops the rest. So commands are written most severe first, then by path and position, the same
 * whatever order the findings come in, and the findings that did not fit are counted in one plain summary
 * line. A build prints its annotations once, for all its modules together. Data is
 * escaped as the Actions toolkit does it: {@code %}, CR and LF in the message; also {@code :} and
 * {@code ,} in property values.
 */
public final class GithubAnnotations {

    /** Annotations of one type that GitHub shows for one step. */
    public static final int PER_TYPE_LIMIT = 10;

    /** The workflow command for each annotation type, most severe first. */
    public enum Type {
        ERROR("error"),
        WARNING("warning"),
        NOTICE("notice");

        private final String command;

        Type(String command) {
            this.command = command;
        }

        public String command() {
            return command;
        }

        static Type of(Severity severity) {
            return switch (severity) {
                case ERROR -> ERROR;
                case WARNING -> WARNING;
                case INFO -> NOTICE;
            };
        }
    }

    private final Path workspace;

    /**
     * @param workspace the directory annotation paths are relative to: the repository checkout
     *     ({@code GITHUB_WORKSPACE}), as GitHub matches them against the repository's files
     */
    public GithubAnnotations(Path workspace) {
        this.workspace = workspace.toAbsolutePath().normalize();
    }

    /**
     * The lines to print for these findings and processing errors: workflow commands, most severe first and
     * in file order within a type, {@value #PER_TYPE_LIMIT} of each type at most, then a plain summary line if
     * any were left out.
     */
    public List<String> lines(List<Finding> findings, List<ProcessingError> errors) {
        List<Annotation> annotations = new ArrayList<>();
        for (ProcessingError error : errors) {
            annotations.add(new Annotation(Type.ERROR, error.file(), error.line(), error.column(), 0, 0,
                    "redirect-lint: file not analysed", error.reason()));
        }
        for (Finding finding : findings) {
            Region region = finding.region();
            annotations.add(new Annotation(Type.of(finding.severity()), finding.file(), region.startLine(),
                    region.startColumn(), region.endLine(), region.endColumn(), "redirect-lint " + finding.ruleId(),
                    finding.message()));
        }
        annotations.sort(Comparator.comparing(Annotation::type)
                .thenComparing(a -> a.file().toString())
                .thenComparingInt(Annotation::line)
                .thenComparingInt(Annotation::column));

        List<String> lines = new ArrayList<>();
        Map<Type, Integer> shown = new EnumMap<>(Type.class);
        Map<Type, Integer> dropped = new EnumMap<>(Type.class);
        for (Annotation annotation : annotations) {
            if (shown.merge(annotation.type(), 1, Integer::sum) <= PER_TYPE_LIMIT) {
                lines.add(command(annotation));
            } else {
                dropped.merge(annotation.type(), 1, Integer::sum);
            }
        }
        if (!dropped.isEmpty()) {
            List<String> counts = new ArrayList<>();
            dropped.forEach((type, count) -> counts.add(count + " " + type.command() + (count == 1 ? "" : "s")));
            lines.add("redirect-lint: " + String.join(", ", counts) + " not shown as annotations: GitHub shows at most "
                    + PER_TYPE_LIMIT + " annotations of each type per step. Every finding is listed in this log and in"
                    + " the SARIF log.");
        }
        return lines;
    }

    private String command(Annotation annotation) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("file", Fingerprints.relativePath(annotation.file(), workspace));
        if (annotation.line() > 0) {
            properties.put("line", Integer.toString(annotation.line()));
            boolean oneLine = annotation.endLine() == 0 || annotation.endLine() == annotation.line();
            if (annotation.endLine() > 0) {
                properties.put("endLine", Integer.toString(annotation.endLine()));
            }
            // GitHub takes columns only for an annotation on a single line
            if (oneLine && annotation.column() > 0) {
                properties.put("col", Integer.toString(annotation.column()));
                if (annotation.endColumn() > 0) {
                    properties.put("endColumn", Integer.toString(annotation.endColumn()));
                }
            }
        }
        properties.put("title", annotation.title());
        return command(annotation.type(), properties, annotation.message());
    }

    /** {@code ::type key=value,key=value::message}, with properties and message escaped. */
    public static String command(Type type, Map<String, String> properties, String message) {
        StringBuilder line = new StringBuilder("::").append(type.command());
        String separator = " ";
        for (Map.Entry<String, String> property : properties.entrySet()) {
            line.append(separator).append(property.getKey()).append('=').append(escapeProperty(property.getValue()));
            separator = ",";
        }
        return line.append("::").append(escapeData(message)).toString();
    }

    /**
     * Escapes a command's message as the Actions toolkit does ({@code %}, CR and LF), and shows every other
     * hidden character ({@link ReportText#isHidden}: ESC, BEL, bidirectional overrides) as {@code \\uXXXX}:
     * the runner passes them to the log and to terminals as they are.
     */
    public static String escapeData(String text) {
        String safe = ReportText.wellFormed(text);
        StringBuilder out = new StringBuilder(safe.length() + 16);
        for (int i = 0; i < safe.length(); i++) {
            char c = safe.charAt(i);
            switch (c) {
                case '%' -> out.append("%25");
                case '\r' -> out.append("%0D");
                case '\n' -> out.append("%0A");
                default -> {
                    if (ReportText.isHidden(c)) {
                        out.append(String.format("\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** Escapes a property value: as {@link #escapeData(String)}, and also {@code :} and {@code ,}. */
    public static String escapeProperty(String text) {
        return escapeData(text).replace(":", "%3A").replace(",", "%2C");
    }

    private record Annotation(Type type, Path file, int line, int column, int endLine, int endColumn, String title,
            String message) {}
}
