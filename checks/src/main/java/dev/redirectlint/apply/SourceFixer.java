package dev.redirectlint.apply;

import com.github.javaparser.ParseResult;
import com.github.javaparser.ast.CompilationUnit;
import dev.redirectlint.api.Finding;
import dev.redirectlint.api.Fix;
import dev.redirectlint.api.LintResult;
import dev.redirectlint.api.TextEdit;
import dev.redirectlint.fix.FixApplier;
import dev.redirectlint.fix.ProjectFix;
import dev.redirectlint.frameworks.FrameworkHome;
import dev.redirectlint.source.ParserFactory;
import dev.redirectlint.engine.ProjectSources;
import dev.redirectlint.engine.RedirectLint;
import dev.redirectlint.source.SourceText;
import dev.redirectlint.io.AtomicFiles;
import dev.redirectlint.source.ContentHash;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

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
        /**
         * @param expectedHash the {@link ContentHash} of the content the edits were made for: a writer must
         *     not write over a file that no longer has it
         */
        void write(Path file, String expectedHash, byte[] content) throws IOException;
    }

    /**
     * Checks that the file still holds the content that was analysed, then writes to a temporary file in the
     * same directory and renames it over the original (see {@link AtomicFiles} for what the file keeps).
     */
    public static final SourceWriter ATOMIC = AtomicFiles::replaceIfUnchanged;

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
     * @param hash the {@link ContentHash} of the bytes {@code original} was decoded from
     * @param encoding how to encode {@code fixed} so that the file keeps its encoding and byte order
     */
    public record FileFix(Path file, String original, String fixed, List<Fix> applied, List<Skipped> skipped,
            String hash, OriginalEncoding encoding) {

        public FileFix {
            applied = List.copyOf(applied);
            skipped = List.copyOf(skipped);
        }

        /** True for a file the fix creates; it must not exist when it is written. */
        public boolean isNew() {
            return hash == null;
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
     * @param projectFixRefusal with the project-level fix asked for, why it could not be planned (the handlers
     *     are then fixed one by one); otherwise {@code null}
     */
    public record Plan(LintResult result, List<FileFix> files, String projectFixRefusal) {

        public Plan {
            files = List.copyOf(files);
        }

        public Plan(LintResult result, List<FileFix> files) {
            this(result, files, null);
        }

        public List<FileFix> changes() {
            return files.stream().filter(FileFix::changed).toList();
        }

        public List<Skipped> skipped() {
            return files.stream().flatMap(f -> f.skipped().stream()).toList();
        }
    }

    private final RedirectLint lint;
    private final List<Path> otherCode;

    public SourceFixer(RedirectLint lint) {
        this(lint, List.of());
    }

    /**
     * @param otherCode sources that are not analysed but may call the analysed code (the project's tests): a
     *     fix that changes a method's return type is not applied while they use it
     */
    public SourceFixer(RedirectLint lint, Collection<Path> otherCode) {
        this.lint = lint;
        this.otherCode = List.copyOf(otherCode);
    }

    /** Analyses the files and works out every file's fixed text; writes nothing. */
    public Plan plan(Collection<Path> files) {
        return plan(ProjectSources.of(List.copyOf(files)));
    }

    /**
     * Analyses a project and works out the fixed text of every file a fix edits (a helper's file, maybe in a
     * module the project depends on, as well as the handlers'); writes nothing. A file whose content is no
     * longer the content the analysis saw (saved in between) gets no fix: its findings' offsets are stale.
     */
    public Plan plan(ProjectSources sources) {
        return plan(sources, false);
    }

    /** A project fix's change as a file to write, with the fixes it applies. */
    private FileFix fileFix(ProjectFix.Change change, List<Fix> applied) {
        byte[] bytes = change.original() == null ? new byte[0] : change.original();
        String original = change.original() == null ? "" : new String(bytes, lint.config().encoding());
        String hash = change.original() == null ? null : ContentHash.of(bytes);
        return new FileFix(change.file(), original, change.fixed(), applied, List.of(), hash,
                OriginalEncoding.of(lint.config().encoding(), bytes));
    }

    /**
     * As {@link #plan(ProjectSources)}; with {@code projectScope}, the findings that one setting of the
     * application fixes (a home's {@link ProjectFix}) are fixed by that setting instead of handler by handler.
     */
    public Plan plan(ProjectSources sources, boolean projectScope) {
        LintResult result = lint.lint(sources);
        List<Finding> handlerFindings = result.findings();
        List<FileFix> projectChanges = new ArrayList<>();
        List<String> refusals = new ArrayList<>();
        for (ProjectFix projectFix : projectScope ? FrameworkHome.allProjectFixes() : List.<ProjectFix>of()) {
            Map<Boolean, List<Finding>> bySetting = handlerFindings.stream()
                    .collect(Collectors.partitioningBy(projectFix::resolves));
            List<Finding> resolved = bySetting.get(true);
            if (resolved.isEmpty()) {
                continue;
            }
            ProjectFix.Planned planned = projectFix.plan(sources.own(), sources.xmlConfigFiles(),
                    lint.config().encoding());
            if (planned.refusal() != null) {
                refusals.add(planned.refusal());
                continue;
            }
            List<Fix> applied = resolved.stream().map(f -> projectFix.fix()).toList();
            for (ProjectFix.Change change : planned.changes()) {
                projectChanges.add(fileFix(change, change == planned.changes().get(0) ? applied : List.of()));
            }
            handlerFindings = bySetting.get(false);
        }
        String refusal = refusals.isEmpty() ? null : String.join("; ", refusals);
        Map<Path, List<Finding>> byFile = new LinkedHashMap<>();
        handlerFindings.forEach(f -> byFile.computeIfAbsent(target(f), p -> new ArrayList<>()).add(f));
        Map<String, Optional<String>> uses = usesOfChangedMethods(sources, byFile);
        List<FileFix> planned = new ArrayList<>(projectChanges);
        for (Map.Entry<Path, List<Finding>> entry : byFile.entrySet()) {
            Path file = entry.getKey();
            List<Finding> findings = entry.getValue();
            byte[] bytes;
            String text;
            try {
                bytes = Files.readAllBytes(file);
                text = decode(bytes);
            } catch (IOException e) {
                planned.add(unfixed(file, findings, "the file can no longer be read (" + e.getMessage() + ")"));
                continue;
            }
            String hash = ContentHash.of(bytes);
            String analysed = result.hashes().get(file);
            if (analysed != null && !analysed.equals(hash)) {
                planned.add(unfixed(file, findings, "the file changed after it was analysed; run fix again"));
                continue;
            }
            planned.add(fixText(file, text, findings, hash, OriginalEncoding.of(lint.config().encoding(), bytes),
                    fix -> refusal(fix, uses)));
        }
        return new Plan(result, planned, refusal);
    }

    private static FileFix unfixed(Path file, List<Finding> findings, String reason) {
        return new FileFix(file, "", "", List.of(), findings.stream().map(f -> new Skipped(f, reason)).toList(),
                "", null);
    }

    /**
     * Where other code uses each method whose return type a preferred fix changes: searched once, in the
     * project, the modules it depends on and {@code otherCode}, for all of them together.
     */
    private Map<String, Optional<String>> usesOfChangedMethods(ProjectSources sources, Map<Path, List<Finding>> byFile) {
        Map<String, Path> changed = new LinkedHashMap<>();
        byFile.forEach((file, findings) -> findings.stream()
                .filter(f -> !f.fixes().isEmpty() && f.fixes().get(0).changesReturnTypeOf() != null)
                .forEach(f -> changed.putIfAbsent(f.fixes().get(0).changesReturnTypeOf(), file)));
        if (changed.isEmpty()) {
            return Map.of();
        }
        List<Path> project = new ArrayList<>(sources.own());
        project.addAll(sources.context());
        project.addAll(otherCode);
        return new MethodUsers(project, lint.config().encoding()).firstUses(changed);
    }

    /** Why a fix must not be applied although it is well-formed: it changes a signature other code uses. */
    private static Optional<String> refusal(Fix fix, Map<String, Optional<String>> uses) {
        if (fix.changesReturnTypeOf() == null) {
            return Optional.empty();
        }
        String method = fix.changesReturnTypeOf().replaceFirst("/\\d+$", "");
        return uses.getOrDefault(fix.changesReturnTypeOf(), Optional.empty()).map(use -> "it changes the return type of "
                + method + ", which other code uses (" + use + "); change that code with it, by hand");
    }

    /** The file the preferred fix of a finding edits: the finding's own, or a helper's in another file. */
    static Path target(Finding finding) {
        return finding.fixes().isEmpty() ? finding.file() : finding.fixes().get(0).fileOr(finding.file());
    }

    /** {@link #fixText(Path, String, List, String, OriginalEncoding)} for UTF-8 text, as tests give it. */
    public static FileFix fixText(Path file, String text, List<Finding> findings) {
        return fixText(file, text, findings, ContentHash.of(text),
                new OriginalEncoding(java.nio.charset.StandardCharsets.UTF_8, new byte[0]), fix -> Optional.empty());
    }

    /**
     * The text with the preferred fix of each finding applied; findings without a fix, with a fix that
     * overlaps an earlier one, or whose result would not parse are skipped.
     */
    static FileFix fixText(Path file, String text, List<Finding> findings, String hash, OriginalEncoding encoding,
            Function<Fix, Optional<String>> refusal) {
        TakenEdits taken = new TakenEdits();
        List<Fix> applied = new ArrayList<>();
        List<Finding> fixedFindings = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        for (Finding finding : findings) {
            if (finding.fixes().isEmpty()) {
                skipped.add(new Skipped(finding, finding.noFixReason() != null
                        ? "no safe rewrite: " + finding.noFixReason() : "no safe rewrite; change the code by hand as the message says"));
                continue;
            }
            Fix fix = finding.fixes().get(0);
            Optional<String> refused = refusal.apply(fix);
            if (refused.isPresent()) {
                skipped.add(new Skipped(finding, refused.get()));
                continue;
            }
            if (fix.edits().stream().anyMatch(taken::clashes)) {
                skipped.add(new Skipped(finding, "its fix overlaps another fix in the same file; run fix again"));
                continue;
            }
            fix.edits().forEach(taken::add);
            applied.add(fix);
            fixedFindings.add(finding);
        }
        if (applied.isEmpty()) {
            return new FileFix(file, text, text, List.of(), skipped, hash, encoding);
        }
        String fixed = FixApplier.apply(text, taken.inOrder());
        if (!parses(fixed)) {
            fixedFindings.forEach(f -> skipped.add(new Skipped(f, "the fixed file would not parse, so it is left alone")));
            return new FileFix(file, text, text, List.of(), skipped, hash, encoding);
        }
        return new FileFix(file, text, fixed, applied, skipped, hash, encoding);
    }

    /**
     * Writes one planned change with {@code writer}, encoded as the file was.
     *
     * @throws IOException if the text cannot be encoded or written, or the file changed since it was read;
     *     the original file is then intact as far as the writer guarantees ({@link #ATOMIC} does)
     */
    public static void write(FileFix change, SourceWriter writer) throws IOException {
        if (!change.changed()) {
            return;
        }
        writer.write(change.file(), change.hash(), change.encoding().encode(change.fixed()));
    }

    private static boolean parses(String text) {
        ParseResult<CompilationUnit> result = ParserFactory.parse(new SourceText(text).parsableText());
        return result.isSuccessful() && result.getResult().isPresent();
    }

    private String decode(byte[] bytes) throws CharacterCodingException {
        return lint.config().encoding().newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
    }
}
