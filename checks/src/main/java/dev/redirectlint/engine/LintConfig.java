package dev.redirectlint.engine;

import dev.redirectlint.api.RuleInfo;
import dev.redirectlint.api.Severity;
import dev.redirectlint.model.LibraryVersions;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Immutable engine configuration: which rules run, at which severity, which fix comes first, and how
 * files are read. Every value is validated when the configuration is built, before any analysis.
 */
public final class LintConfig {

    /** The default {@link #fileTimeout()}: far more than any real source file needs. */
    public static final Duration DEFAULT_FILE_TIMEOUT = Duration.ofSeconds(60);

    /**
     * The default {@link #maxFileSize()}: 4 MB. Hand-written sources are far smaller; a syntax tree takes
     * up to about 350 bytes of heap per byte of source, so a larger file needs more than Maven's usual heap.
     */
    public static final long DEFAULT_MAX_FILE_SIZE = 4L * 1024 * 1024;

    private final Set<String> enabledRules;
    private final Map<String, Severity> severities;
    private final int preferredStatus;
    private final Charset encoding;
    private final int threads;
    private final SortedMap<String, String> libraryVersions;
    private final Duration fileTimeout;
    private final long maxFileSize;
    private final boolean analyseEveryFile;

    private LintConfig(Builder builder) {
        Set<String> known = Rules.ids();
        Set<String> enabled = new LinkedHashSet<>(builder.rules.isEmpty() ? known : builder.rules);
        enabled.removeAll(builder.disabledRules);
        this.enabledRules = Set.copyOf(enabled);
        Map<String, Severity> effective = new LinkedHashMap<>();
        for (RuleInfo info : Rules.infos()) {
            effective.put(info.id(), builder.severities.getOrDefault(info.id(), info.defaultSeverity()));
        }
        this.severities = Map.copyOf(effective);
        this.preferredStatus = builder.preferredStatus;
        this.encoding = builder.encoding;
        this.threads = builder.threads;
        this.libraryVersions = Collections.unmodifiableSortedMap(new TreeMap<>(builder.libraryVersions));
        this.fileTimeout = builder.fileTimeout;
        this.maxFileSize = builder.maxFileSize;
        this.analyseEveryFile = builder.analyseEveryFile;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The configuration with every rule at its default severity. */
    public static LintConfig defaults() {
        return builder().build();
    }

    public boolean isEnabled(String ruleId) {
        return enabledRules.contains(ruleId);
    }

    public Set<String> enabledRules() {
        return enabledRules;
    }

    public Severity severityOf(String ruleId) {
        return severities.get(ruleId);
    }

    /** 303 (See Other, the default) or 307 (Temporary Redirect): which fix and advice come first. */
    public int preferredStatus() {
        return preferredStatus;
    }

    public Charset encoding() {
        return encoding;
    }

    /** How many files are analysed at once. */
    public int threads() {
        return threads;
    }

    /**
     * The versions of the libraries the analysed code compiles against, by {@code groupId:artifactId}, as the
     * build tool reported them for the libraries the homes declare ({@code FrameworkFacts.libraries()}); a
     * library not reported is absent. Sorted by coordinates.
     */
    public SortedMap<String, String> libraryVersions() {
        return libraryVersions;
    }

    /** What the detectors need to know of the libraries: their {@link #libraryVersions() versions}. */
    public LibraryVersions libraries() {
        return new LibraryVersions(libraryVersions);
    }

    /**
     * How long one file may take to read, parse and analyse; a file that takes longer becomes a processing
     * error, so one pathological file cannot hang a build.
     */
    public Duration fileTimeout() {
        return fileTimeout;
    }

    /** The largest file analysed, in bytes (characters for text given directly); a larger one is reported. */
    public long maxFileSize() {
        return maxFileSize;
    }

    /**
     * True to parse and analyse every file to check, not only those the lexical pass finds can hold a
     * handler that redirects: slower, with the same findings; it exists to prove that.
     */
    public boolean analyseEveryFile() {
        return analyseEveryFile;
    }

    /**
     * What in this configuration changes findings, as one string: cached results are reused only under
     * the same one.
     */
    public String digest() {
        return String.join("|", new java.util.TreeSet<>(enabledRules)) + ";" + new java.util.TreeMap<>(severities)
                + ";" + preferredStatus + ";" + libraryVersions + ";" + encoding.name() + ";" + maxFileSize
                + ";" + analyseEveryFile;
    }

    /** Collects and validates settings; each setter throws {@link IllegalArgumentException} on bad input. */
    public static final class Builder {
        private final Set<String> rules = new LinkedHashSet<>();
        private final Set<String> disabledRules = new LinkedHashSet<>();
        private final Map<String, Severity> severities = new LinkedHashMap<>();
        private int preferredStatus = 303;
        private Charset encoding = StandardCharsets.UTF_8;
        private int threads = Runtime.getRuntime().availableProcessors();
        private final Map<String, String> libraryVersions = new TreeMap<>();
        private Duration fileTimeout = DEFAULT_FILE_TIMEOUT;
        private long maxFileSize = DEFAULT_MAX_FILE_SIZE;
        private boolean analyseEveryFile;

        private Builder() {}

        /** Starts from every setting of an existing configuration. */
        public Builder from(LintConfig config) {
            rules.clear();
            rules.addAll(config.enabledRules);
            disabledRules.clear();
            severities.putAll(config.severities);
            preferredStatus = config.preferredStatus;
            encoding = config.encoding;
            threads = config.threads;
            libraryVersions.clear();
            libraryVersions.putAll(config.libraryVersions);
            fileTimeout = config.fileTimeout;
            maxFileSize = config.maxFileSize;
            analyseEveryFile = config.analyseEveryFile;
            return this;
        }

        /** See {@link LintConfig#analyseEveryFile()}. */
        public Builder analyseEveryFile(boolean every) {
            this.analyseEveryFile = every;
            return this;
        }

        /** Runs only these rules; empty means every rule. */
        public Builder rules(Collection<String> ruleIds) {
            rules.addAll(checkKnown(ruleIds, "rules"));
            return this;
        }

        /** Never runs these rules. */
        public Builder disabledRules(Collection<String> ruleIds) {
            disabledRules.addAll(checkKnown(ruleIds, "disabledRules"));
            return this;
        }

        public Builder severity(String ruleId, Severity severity) {
            checkKnown(List.of(ruleId), "severity");
            severities.put(ruleId, severity);
            return this;
        }

        public Builder preferredStatus(int status) {
            if (status != 303 && status != 307) {
                throw new IllegalArgumentException(
                        "preferredStatus must be 303 (See Other) or 307 (Temporary Redirect), not " + status);
            }
            this.preferredStatus = status;
            return this;
        }

        public Builder encoding(Charset charset) {
            if (charset == null) {
                throw new IllegalArgumentException("encoding must be set");
            }
            this.encoding = charset;
            return this;
        }

        public Builder threads(int count) {
            if (count < 1) {
                throw new IllegalArgumentException("threads must be at least 1, not " + count);
            }
            this.threads = count;
            return this;
        }

        /**
         * The version of a library the code compiles against, such as {@code 6.1.0} for
         * {@code jakarta.servlet:jakarta.servlet-api}; {@code null} means unknown, as a library never set is.
         * The homes say which libraries they read ({@code FrameworkFacts.allLibraries()}) and what a version, or
         * text that is not one, means for their fixes.
         *
         * @param coordinates {@code groupId:artifactId}
         */
        public Builder libraryVersion(String coordinates, String version) {
            if (coordinates == null || !coordinates.matches("[^:\\s]+:[^:\\s]+")) {
                throw new IllegalArgumentException("a library is named groupId:artifactId, not " + coordinates);
            }
            if (version == null) {
                libraryVersions.remove(coordinates);
            } else {
                libraryVersions.put(coordinates, version);
            }
            return this;
        }

        /** {@link #libraryVersion(String, String)} for each entry, by {@code groupId:artifactId}. */
        public Builder libraryVersions(Map<String, String> versions) {
            versions.forEach(this::libraryVersion);
            return this;
        }

        /** How long one file may take; must be positive. */
        public Builder fileTimeout(Duration timeout) {
            if (timeout == null || timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("fileTimeout must be a positive duration, not " + timeout);
            }
            this.fileTimeout = timeout;
            return this;
        }

        /** The largest file analysed, in bytes; must be positive. */
        public Builder maxFileSize(long bytes) {
            if (bytes < 1) {
                throw new IllegalArgumentException("maxFileSize must be at least 1 byte, not " + bytes);
            }
            this.maxFileSize = bytes;
            return this;
        }

        public LintConfig build() {
            return new LintConfig(this);
        }

        private static Collection<String> checkKnown(Collection<String> ruleIds, String setting) {
            Set<String> known = Rules.ids();
            List<String> unknown = ruleIds.stream().filter(id -> !known.contains(id)).toList();
            if (!unknown.isEmpty()) {
                throw new IllegalArgumentException("Unknown rule id" + (unknown.size() > 1 ? "s " : " ")
                        + unknown.stream().map(id -> "'" + id + "'").collect(Collectors.joining(", "))
                        + " in " + setting + "; known rule ids: " + String.join(", ", known));
            }
            return ruleIds;
        }
    }
}
