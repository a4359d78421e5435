package dev.redirectlint.lsp;

import dev.redirectlint.api.Finding;
import dev.redirectlint.api.Fix;
import dev.redirectlint.api.TextEdit;
import dev.redirectlint.apply.SourceFixer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.WorkspaceEdit;

/**
 * The code actions at a place in a document: for each finding there, one quick fix per alternative (the
 * preferred one first and marked so) and one that suppresses the rule on the enclosing method; and, for the
 * whole document, "Fix all redirect-lint findings in this file".
 */
final class CodeActions {

    /** The source action kind clients bind to "fix all on save". */
    static final String FIX_ALL = CodeActionKind.SourceFixAll + ".redirect-lint";

    /**
     * Where the actions come from.
     *
     * @param texts the text a fix's file had when it was analysed: the open document's, else the disk's
     * @param uris the URI a file is known by to the client
     * @param refused why a fix must not be offered (it changes a method's return type that other code uses)
     */
    record Context(Function<Path, Optional<String>> texts, Function<Path, String> uris,
            BiFunction<Fix, Path, Optional<String>> refused) {}

    private final Context context;

    CodeActions(Context context) {
        this.context = context;
    }

    /** Quick fixes for the findings of {@code file} whose span meets {@code [start, end]} (offsets). */
    List<CodeAction> quickFixes(Path file, String text, List<Finding> findings, int start, int end) {
        List<CodeAction> actions = new ArrayList<>();
        for (Finding finding : findings) {
            if (finding.region().endOffset() < start || finding.region().startOffset() > end) {
                continue;
            }
            Diagnostic diagnostic = Diagnostics.of(finding, context.uris());
            boolean first = true;
            for (Fix fix : finding.fixes()) {
                Optional<WorkspaceEdit> edit = edit(fix.fileOr(file), fix.edits());
                if (edit.isEmpty() || context.refused().apply(fix, fix.fileOr(file)).isPresent()) {
                    continue;
                }
                CodeAction action = new CodeAction(title(fix));
                action.setKind(CodeActionKind.QuickFix);
                action.setDiagnostics(List.of(diagnostic));
                action.setEdit(edit.get());
                action.setIsPreferred(first && fix == finding.fixes().get(0));
                actions.add(action);
                first = false;
            }
            suppress(file, text, finding, diagnostic).ifPresent(actions::add);
        }
        return actions;
    }

    /** "Fix all": the preferred fix of every finding whose fix edits this file, as {@code fix} applies them. */
    Optional<CodeAction> fixAll(Path file, String text, List<Finding> findings) {
        List<Finding> here = findings.stream().filter(f -> !f.fixes().isEmpty())
                .filter(f -> f.fixes().get(0).fileOr(f.file()).equals(file))
                .filter(Predicate.not(f -> context.refused().apply(f.fixes().get(0), file).isPresent())).toList();
        if (here.isEmpty()) {
            return Optional.empty();
        }
        SourceFixer.FileFix planned = SourceFixer.fixText(file, text, here);
        if (!planned.changed()) {
            return Optional.empty();
        }
        List<TextEdit> edits = new ArrayList<>();
        planned.applied().forEach(fix -> edits.addAll(fix.edits()));
        return WorkspaceEdits.of(context.uris().apply(file), text, edits).map(edit -> {
            CodeAction action = new CodeAction("Fix all redirect-lint findings in this file");
            action.setKind(FIX_ALL);
            action.setEdit(edit);
            return action;
        });
    }

    private Optional<CodeAction> suppress(Path file, String text, Finding finding, Diagnostic diagnostic) {
        return SuppressionEdits.at(text, finding.region().startOffset(), finding.ruleId())
                .flatMap(suppression -> WorkspaceEdits.of(context.uris().apply(file), text, suppression.edits())
                        .map(edit -> {
                            CodeAction action = new CodeAction("Suppress redirect-lint:" + finding.ruleId()
                                    + " for this " + suppression.what());
                            action.setKind(CodeActionKind.QuickFix);
                            action.setDiagnostics(List.of(diagnostic));
                            action.setEdit(edit);
                            return action;
                        }));
    }

    private Optional<WorkspaceEdit> edit(Path file, List<TextEdit> edits) {
        return context.texts().apply(file).flatMap(text -> WorkspaceEdits.of(context.uris().apply(file), text, edits));
    }

    /** "Use 303 See Other", "Use 307 Temporary Redirect", "Use 308 Permanent Redirect". */
    static String title(Fix fix) {
        return switch (fix.status()) {
            case 303 -> "Use 303 See Other";
            case 307 -> "Use 307 Temporary Redirect";
            case 308 -> "Use 308 Permanent Redirect";
            default -> "Use " + fix.status() + ": " + fix.description();
        };
    }

    static boolean wanted(List<String> only, String kind) {
        return only == null || only.isEmpty() || only.stream().anyMatch(k -> kind.equals(k) || kind.startsWith(k + "."));
    }
}
