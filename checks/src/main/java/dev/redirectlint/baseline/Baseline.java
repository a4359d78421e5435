package dev.redirectlint.baseline;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import dev.redirectlint.api.Finding;
import dev.redirectlint.io.AtomicFiles;
import dev.redirectlint.report.Fingerprints;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Known findings that do not fail the build, so that a codebase can adopt redirect-lint before fixing
 * everything: {@code redirect-lint-baseline.json}.
 *
 * <p>Entries are identified by {@linkplain Fingerprints fingerprint}, never by line number, so editing
 * unrelated lines keeps a finding known. Each entry counts how many findings share its fingerprint (two
 * identical redirects in one handler), so one more identical finding is still new. Rule, file, handler
 * and expression are written for people reading a diff of the file; matching uses only fingerprint and
 * count. The file is sorted and pretty-printed with LF line ends, so regenerating it gives small diffs.
 *
 * <p>File paths, and so fingerprints, are relative to the directory the baseline file is in.
 */
public final class Baseline {

    /** The file name used by default, in the project's base directory. */
    public static final String DEFAULT_FILE_NAME = "redirect-lint-baseline.json";

    /** The format version written; files of another version are refused. */
    public static final int FORMAT_VERSION = 1;

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    private static final Comparator<Entry> ORDER = Comparator.comparing(Entry::file)
            .thenComparing(Entry::handler)
            .thenComparing(Entry::rule)
            .thenComparing(Entry::expression)
            .thenComparing(Entry::fingerprint);

    private final List<Entry> entries;

    public Baseline(List<Entry> entries) {
        this.entries = entries.stream().sorted(ORDER).toList();
    }

    /** The baseline that accepts exactly these findings; paths are relative to {@code baseDirectory}. */
    public static Baseline of(List<Finding> findings, Path baseDirectory) {
        Map<String, Entry> byFingerprint = new LinkedHashMap<>();
        for (Finding finding : findings) {
            String fingerprint = Fingerprints.of(finding, baseDirectory);
            Entry entry = byFingerprint.get(fingerprint);
            byFingerprint.put(fingerprint, entry != null ? entry.withCount(entry.count() + 1)
                    : new Entry(fingerprint, 1, finding.ruleId(), Fingerprints.relativePath(finding.file(), baseDirectory),
                            handler(finding), expression(finding)));
        }
        return new Baseline(new ArrayList<>(byFingerprint.values()));
    }

    /**
     * This baseline with the entries of the files {@code owned} accepts replaced by {@code replacement}'s: one
     * module's part of the baseline its reactor shares.
     *
     * @param owned tells, of an entry's file (relative to the baseline's directory), whether it is replaced
     */
    public Baseline replacing(Predicate<String> owned, Baseline replacement) {
        List<Entry> merged = new ArrayList<>(replacement.entries());
        entries.stream().filter(entry -> !owned.test(entry.file())).forEach(merged::add);
        return new Baseline(merged);
    }

    /** Entries sorted by file, handler, rule, expression and fingerprint. */
    public List<Entry> entries() {
        return entries;
    }

    /** How many findings the baseline accepts. */
    public int size() {
        return entries.stream().mapToInt(Entry::count).sum();
    }

    /**
     * Sorts current findings into known and new ones. Of the findings sharing a fingerprint, the first
     * {@code count} (in the order given, which should be position order) are known and the rest are new;
     * entries with fewer current findings than their count are reported as absent, with the difference as
     * their count.
     */
    public Comparison compare(List<Finding> findings, Path baseDirectory) {
        Map<String, Integer> remaining = new LinkedHashMap<>();
        entries.forEach(entry -> remaining.merge(entry.fingerprint(), entry.count(), Integer::sum));
        List<Finding> known = new ArrayList<>();
        List<Finding> fresh = new ArrayList<>();
        for (Finding finding : findings) {
            String fingerprint = Fingerprints.of(finding, baseDirectory);
            int left = remaining.getOrDefault(fingerprint, 0);
            if (left > 0) {
                remaining.put(fingerprint, left - 1);
                known.add(finding);
            } else {
                fresh.add(finding);
            }
        }
        List<Entry> absent = new ArrayList<>();
        for (Entry entry : entries) {
            int left = remaining.getOrDefault(entry.fingerprint(), 0);
            if (left > 0) {
                int missing = Math.min(left, entry.count());
                absent.add(entry.withCount(missing));
                remaining.put(entry.fingerprint(), left - missing);
            }
        }
        return new Comparison(known, fresh, absent);
    }

    /** The baseline as JSON text, LF line ends, ending with a newline. */
    public String render() {
        JsonObject root = new JsonObject();
        root.addProperty("comment", "redirect-lint baseline: known findings that do not fail the build."
                + " Matched by fingerprint (rule, file, handler signature, redirect expression), not by line."
                + " Regenerate with: mvn redirect-lint:baseline");
        root.addProperty("version", FORMAT_VERSION);
        root.addProperty("fingerprints", Fingerprints.VERSION);
        JsonArray array = new JsonArray();
        for (Entry entry : entries) {
            JsonObject json = new JsonObject();
            json.addProperty("rule", entry.rule());
            json.addProperty("file", entry.file());
            json.addProperty("handler", entry.handler());
            json.addProperty("expression", entry.expression());
            json.addProperty("fingerprint", entry.fingerprint());
            json.addProperty("count", entry.count());
            array.add(json);
        }
        root.add("findings", array);
        return GSON.toJson(root) + "\n";
    }

    /** Writes the baseline in UTF-8, replacing the file atomically. */
    public void write(Path file) throws IOException {
        AtomicFiles.write(file, render(), StandardCharsets.UTF_8);
    }

    /**
     * Reads a baseline file.
     *
     * @throws IOException if it cannot be read, or is not a redirect-lint baseline of this format (the
     *     message says which and how to regenerate it)
     */
    public static Baseline read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        try {
            JsonObject root = JsonParser.parseString(text).getAsJsonObject();
            int version = root.has("version") ? root.get("version").getAsInt() : -1;
            String fingerprints = root.has("fingerprints") ? root.get("fingerprints").getAsString() : "";
            if (version != FORMAT_VERSION || !Fingerprints.VERSION.equals(fingerprints)) {
                throw new IOException(file + " is a baseline of another format (version " + version + ", fingerprints "
                        + fingerprints + "; this redirect-lint reads version " + FORMAT_VERSION + ", fingerprints "
                        + Fingerprints.VERSION + "): regenerate it with mvn redirect-lint:baseline");
            }
            List<Entry> entries = new ArrayList<>();
            for (JsonElement element : root.getAsJsonArray("findings")) {
                JsonObject json = element.getAsJsonObject();
                String fingerprint = json.get("fingerprint").getAsString();
                int count = json.has("count") ? json.get("count").getAsInt() : 1;
                if (count < 1) {
                    throw new IOException(file + ": count must be at least 1 for fingerprint " + fingerprint);
                }
                entries.add(new Entry(fingerprint, count, text(json, "rule"), text(json, "file"), text(json, "handler"),
                        text(json, "expression")));
            }
            return new Baseline(entries);
        } catch (JsonParseException | IllegalStateException | NullPointerException | UnsupportedOperationException
                | ClassCastException | NumberFormatException e) {
            throw new IOException(file + " is not a valid redirect-lint baseline (" + e.getMessage()
                    + "): fix it or regenerate it with mvn redirect-lint:baseline", e);
        }
    }

    private static String text(JsonObject json, String name) {
        return json.has(name) && !json.get(name).isJsonNull() ? json.get(name).getAsString() : "";
    }

    /** The handler signature, {@code Class#method(ParamType)}, from the fingerprint basis. */
    private static String handler(Finding finding) {
        String basis = finding.fingerprintBasis();
        return basis != null && basis.contains("\n") ? basis.substring(0, basis.indexOf('\n')) : finding.handler();
    }

    /** The normalised redirect expression, from the fingerprint basis. */
    private static String expression(Finding finding) {
        String basis = finding.fingerprintBasis();
        return basis != null && basis.contains("\n") ? basis.substring(basis.indexOf('\n') + 1) : finding.mechanism();
    }

    /**
     * One fingerprint the baseline accepts.
     *
     * @param fingerprint see {@link Fingerprints}
     * @param count how many findings with this fingerprint are known
     * @param rule for people: the rule id
     * @param file for people: the file, relative to the baseline's directory
     * @param handler for people: the handler's signature
     * @param expression for people: what produces the status
     */
    public record Entry(String fingerprint, int count, String rule, String file, String handler, String expression) {

        public Entry withCount(int newCount) {
            return new Entry(fingerprint, newCount, rule, file, handler, expression);
        }

        /** {@code file: [rule] handler expression}, for log lines. */
        public String describe() {
            return file + ": [" + rule + "] " + handler + " " + expression
                    + (count > 1 ? " (" + count + " times)" : "");
        }
    }

    /** Current findings sorted against a baseline. */
    public static final class Comparison {
        private final List<Finding> known;
        private final List<Finding> fresh;
        private final List<Entry> absent;
        private final Set<Finding> knownSet = Collections.newSetFromMap(new IdentityHashMap<>());

        /**
         * @param known findings the baseline accepts
         * @param fresh findings it does not: these fail the build
         * @param absent entries (with the number of findings missing as count) that match nothing any more,
         *     so the baseline can shrink
         */
        public Comparison(List<Finding> known, List<Finding> fresh, List<Entry> absent) {
            this.known = List.copyOf(known);
            this.fresh = List.copyOf(fresh);
            this.absent = List.copyOf(absent);
            knownSet.addAll(known);
        }

        public List<Finding> known() {
            return known;
        }

        public List<Finding> fresh() {
            return fresh;
        }

        public List<Entry> absent() {
            return absent;
        }

        /** True if this very finding object is known. */
        public boolean isKnown(Finding finding) {
            return knownSet.contains(finding);
        }
    }
}
