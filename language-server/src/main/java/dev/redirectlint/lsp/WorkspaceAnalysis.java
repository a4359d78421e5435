package dev.redirectlint.lsp;

import dev.redirectlint.api.LintResult;
import dev.redirectlint.engine.CacheStore;
import dev.redirectlint.engine.LintConfig;
import dev.redirectlint.engine.ProjectSources;
import dev.redirectlint.engine.RedirectLint;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The whole workspace as one project, analysed by the engine with its facts kept in memory between runs:
 * after an edit inside a method only the edited file is scanned again and only the analyses that read it run
 * again. Open documents are analysed from the editor's text. Not thread-safe: {@link Analyses} runs it on one
 * thread.
 */
final class WorkspaceAnalysis {

    private final List<Path> roots;
    /** How long a listing's stamps stand for the disk's, on keystrokes: another program may write files too. */
    static final long LISTING_TRUSTED_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(2);

    private volatile WorkspaceFiles files;
    private volatile RedirectLint lint;
    private volatile CacheStore cache = CacheStore.inMemory();

    WorkspaceAnalysis(List<Path> roots, LintConfig config) {
        this.roots = List.copyOf(roots);
        this.files = WorkspaceFiles.NONE;
        this.lint = new RedirectLint(config);
    }

    /** Lists the workspace's files again (at start-up, and when files were created or deleted). */
    WorkspaceFiles rescan() {
        files = WorkspaceFiles.scan(roots);
        return files;
    }

    WorkspaceFiles files() {
        return files;
    }

    LintConfig config() {
        return lint.config();
    }

    /** New settings: the facts kept so far were made under the old ones, so they go. */
    void configure(LintConfig config) {
        lint = new RedirectLint(config);
        cache = CacheStore.inMemory();
    }

    /**
     * Every file of the workspace, analysed with the open documents' texts; an open file outside it is checked
     * too. The sizes and modification times of the last listing stand for the disk's: a keystroke changes
     * no file on disk, so {@code relist} is false for it, unless that listing is older than
     * {@link #LISTING_TRUSTED_NANOS}; anything else lists the files again.
     */
    Snapshot analyse(OpenDocuments documents, boolean relist) {
        if (relist || System.nanoTime() - files.listedAt() > LISTING_TRUSTED_NANOS) {
            rescan();
        }
        Map<Path, String> texts = documents.texts();
        Map<Path, Integer> versions = documents.versions();
        Set<Path> own = new LinkedHashSet<>(files.own());
        Set<Path> context = new LinkedHashSet<>(files.context());
        for (Path open : texts.keySet()) {
            if (open.toString().endsWith(".java") && !own.contains(open) && !context.contains(open)) {
                own.add(open);
            }
        }
        ProjectSources sources = ProjectSources.of(new ArrayList<>(own)).withContext(new ArrayList<>(context))
                .withConfigFiles(files.configFiles()).withCache(cache).withStamps(files.stamps());
        for (Map.Entry<Path, String> text : texts.entrySet()) {
            sources = sources.withText(text.getKey(), text.getValue());
        }
        LintResult result = lint.lint(sources);
        return new Snapshot(result, texts, versions);
    }

    List<Path> roots() {
        return roots;
    }
}
