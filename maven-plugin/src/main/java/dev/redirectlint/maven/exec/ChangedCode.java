package dev.redirectlint.maven.exec;

import dev.redirectlint.api.Finding;
import dev.redirectlint.api.Region;
import dev.redirectlint.api.RelatedLocation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The lines that changed since a git reference, and the files that are new, as {@link GitChanges} found
 * them. A finding is in changed code if its redirect, its handler method (annotations included) or a related
 * location (the redirect inside a helper) overlaps a changed line, or if its file is untracked.
 */
public final class ChangedCode {

    private final String reference;
    private final Set<Path> newFiles = new HashSet<>();
    private final Map<Path, List<int[]>> changedLines = new HashMap<>();
    private final Map<Path, Path> canonical = new HashMap<>();

    /** @param reference the reference the changes are counted from, for messages */
    public ChangedCode(String reference) {
        this.reference = reference;
    }

    public String reference() {
        return reference;
    }

    /** Marks a whole file as changed: untracked, or new since the reference. */
    public void addNewFile(Path file) {
        newFiles.add(canonical(file));
    }

    /**
     * Marks new-side lines {@code [start, start + count)} as changed; {@code count == 0} is a deletion
     * between lines {@code start} and {@code start + 1}, which changes a span only if it holds both.
     */
    public void addHunk(Path file, int start, int count) {
        int[] range = count == 0 ? new int[] {start, start + 1, 1} : new int[] {start, start + count - 1, 0};
        changedLines.computeIfAbsent(canonical(file), k -> new ArrayList<>()).add(range);
    }

    /** True if the finding's redirect, handler or related locations touch changed code. */
    public boolean contains(Finding finding) {
        if (touches(finding.file(), finding.region()) || touches(finding.file(), finding.handlerRegion())) {
            return true;
        }
        for (RelatedLocation related : finding.related()) {
            if (touches(related.file(), related.region())) {
                return true;
            }
        }
        return false;
    }

    /** True if the file is new, or one of its changed lines falls in the region's lines. */
    public boolean touches(Path file, Region region) {
        if (region == null) {
            return false;
        }
        Path key = canonical(file);
        if (newFiles.contains(key)) {
            return true;
        }
        for (int[] range : changedLines.getOrDefault(key, List.of())) {
            boolean deletion = range[2] == 1;
            boolean hit = deletion
                    ? region.startLine() <= range[0] && range[1] <= region.endLine()
                    : range[0] <= region.endLine() && region.startLine() <= range[1];
            if (hit) {
                return true;
            }
        }
        return false;
    }

    /** True if anything in the file changed. */
    public boolean touchesFile(Path file) {
        Path key = canonical(file);
        return newFiles.contains(key) || changedLines.containsKey(key);
    }

    /** The real path where it exists (git reports real paths; a project may be reached through a link). */
    private Path canonical(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return canonical.computeIfAbsent(absolute, p -> {
            try {
                return p.toRealPath();
            } catch (IOException e) {
                return p;
            }
        });
    }
}
