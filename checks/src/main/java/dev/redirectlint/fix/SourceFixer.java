package dev.redirectlint.fix;

import com.github.javaparser.ParseResult;
import com.github.javaparser.ast.CompilationUnit;
import dev.redirectlint.api.Finding;
import dev.redirectlint.api.Fix;
import dev.redirectlint.api.LintResult;
import dev.redirectlint.api.TextEdit;
import dev.redirectlint.source.ParserFactory;
import dev.redirectlint.engine.ProjectSources;
import dev.redirectlint.engine.RedirectLint;
import dev.redirectlint.source.SourceText;
import dev.redirectlint.io.AtomicFiles;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Applies the preferred fix of every finding to the source files: one write per file, with all of the
 * file's fixes, only if the result still parses. Reusable outside Maven (an IDE, a command line).
 *
 * <p>Each finding's first fix is the preferred one ({@code preferredStatus}, or 308 for a 301). Fixes are
 * applied in finding order; identical edits count once, and a fix with an edit that overlaps an edit
 * already taken is skipped and reported. The file is re-encoded in the charset it was read with, so its
 * encoding, byte-order mark, line endings and everything outside the edits stay as they were.
 */
public final class SourceFixer {

    /** Writes a file's new content; {@link #ATOMIC} in production, a failing one in tests. */
    @FunctionalInterface
    public interface SourceWriter {
        void write(Path file, byte[] content) throws IOException;
    }

    /**
     * Writes to a temporary file in the same directory, then renames it over the original (atomically
     * where the file system can), keeping the original's POSIX permissions where there are any.
     */
    public static final SourceWriter ATOMIC = SourceFixer::writeAtomically;

    /**
     * A finding that was left alone, and why.
     *
     * @param finding the finding
     * @param reason for people, such as "no safe rewrite"
     */
    public record Skipped(Finding finding, String reason) {}

    /**
     * The planned change of one file.
     *
     * @param file the file
     * @param original its text as read (with any byte-order mark)
     * @param fixed the text after the applied fixes; equal to {@code original} if nothing applies
     * @param applied the fixes taken, one per fixed finding
     * @param skipped findings of this file left alone
     */
    public record FileFix(Path file, String original, String fixed, List<Fix> applied, List<Skipped> skipped) {

        public FileFix {
            applied = List.copyOf(applied);
            skipped = List.copyOf(skipped);
        }

        public boolean changed() {
            return !original.equals(fixed);
        }
    }

    /**
     * What a run found and what it would change.
     *
     * @param result the analysis the fixes come from (its errors are files left untouched)
     * @param files one entry per file with findings, in file order
     */
    public record Plan(LintResult result, List<FileFix> files) {

        public Plan {
            files = List.copyOf(files);
        }

        public List<FileFix> changes() {
            return files.stream().filter(FileFix::changed).toList();
        }

        public List<Skipped> skipped() {
            return files.stream().flatMap(f -> f.skipped().stream()).toList();
        }
    }

    private final RedirectLint lint;

    public SourceFixer(RedirectLint lint) {
        this.lint = lint;
    }

    /** Analyses the files and works out every file's fixed text; writes nothing. */
    public Plan plan(Collection<Path> files) {
        return plan(ProjectSources.of(List.copyOf(files)));
    }

    /**
     * Analyses a project and works out the fixed text of every file a fix edits (a helper's file, maybe in a
     * module the project depends on, as well as the handlers'); writes nothing.
     */
    public Plan plan(ProjectSources sources) {
        LintResult result = lint.lint(sources);
        Map<Path, List<Finding>> byFile = new LinkedHashMap<>();
        result.findings().forEach(f -> byFile.computeIfAbsent(target(f), p -> new ArrayList<>()).add(f));
        List<FileFix> planned = new ArrayList<>();
        for (Map.Entry<Path, List<Finding>> entry : byFile.entrySet()) {
            Optional<String> text = read(entry.getKey());
            if (text.isEmpty()) {
                planned.add(new FileFix(entry.getKey(), "", "", List.of(),
                        entry.getValue().stream().map(f -> new Skipped(f, "the file can no longer be read")).toList()));
            } else {
                planned.add(fixText(entry.getKey(), text.get(), entry.getValue()));
            }
        }
        return new Plan(result, planned);
    }

    /** The file the preferred fix of a finding edits: the finding's own, or a helper's in another file. */
    static Path target(Finding finding) {
        return finding.fixes().isEmpty() ? finding.file() : finding.fixes().get(0).fileOr(finding.file());
    }

    /**
     * The text with the preferred fix of each finding applied; findings without a fix, with a fix that
     * overlaps an earlier one, or whose result would not parse are skipped.
     */
    public static FileFix fixText(Path file, String text, List<Finding> findings) {
        List<TextEdit> taken = new ArrayList<>();
        List<Fix> applied = new ArrayList<>();
        List<Finding> fixedFindings = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        for (Finding finding : findings) {
            if (finding.fixes().isEmpty()) {
                skipped.add(new Skipped(finding, "no safe rewrite; change the code by hand as the message says"));
                continue;
            }
            Fix fix = finding.fixes().get(0);
            Optional<TextEdit> clash = fix.edits().stream()
                    .filter(edit -> taken.stream().anyMatch(other -> overlaps(edit, other)))
                    .findFirst();
            if (clash.isPresent()) {
                skipped.add(new Skipped(finding, "its fix overlaps another fix in the same file; run fix again"));
                continue;
            }
            fix.edits().stream().filter(edit -> !taken.contains(edit)).forEach(taken::add);
            applied.add(fix);
            fixedFindings.add(finding);
        }
        if (applied.isEmpty()) {
            return new FileFix(file, text, text, List.of(), skipped);
        }
        String fixed = FixApplier.apply(text, taken);
        if (!parses(fixed)) {
            fixedFindings.forEach(f -> skipped.add(new Skipped(f, "the fixed file would not parse, so it is left alone")));
            return new FileFix(file, text, text, List.of(), skipped);
        }
        return new FileFix(file, text, fixed, applied, skipped);
    }

    /**
     * Writes one planned change with {@code writer}, encoded in {@code charset}.
     *
     * @throws IOException if the text cannot be encoded or written; the original file is then intact
     *     as far as the writer guarantees ({@link #ATOMIC} does)
     */
    public static void write(FileFix change, Charset charset, SourceWriter writer) throws IOException {
        if (!change.changed()) {
            return;
        }
        writer.write(change.file(), encode(change.fixed(), charset));
    }

    /** True if two different edits touch the same characters (insertions at one offset do not clash). */
    static boolean overlaps(TextEdit a, TextEdit b) {
        return !a.equals(b) && a.startOffset() < b.endOffset() && b.startOffset() < a.endOffset();
    }

    private static boolean parses(String text) {
        ParseResult<CompilationUnit> result = ParserFactory.newParser().parse(new SourceText(text).parsableText());
        return result.isSuccessful() && result.getResult().isPresent();
    }

    private Optional<String> read(Path file) {
        try {
            return Optional.of(lint.config().encoding().newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static byte[] encode(String text, Charset charset) throws CharacterCodingException {
        ByteBuffer buffer = charset.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .encode(CharBuffer.wrap(text));
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return bytes;
    }

    private static void writeAtomically(Path file, byte[] content) throws IOException {
        AtomicFiles.write(file, content);
    }
}
