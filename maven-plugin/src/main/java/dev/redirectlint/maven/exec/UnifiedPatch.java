package dev.redirectlint.maven.exec;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import dev.redirectlint.fix.SourceFixer.FileFix;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A unified diff of planned fixes that {@code git apply} and {@code patch -p1} accept: paths relative to
 * the base directory with {@code a/} and {@code b/} prefixes, three lines of context. Lines keep their
 * own ending (a CR of a CRLF file stays in the line), and a last line without a line break is marked
 * with {@code \ No newline at end of file}, as git does.
 */
public final class UnifiedPatch {

    private static final Pattern HUNK = Pattern.compile("^@@ -(\\d+)(?:,(\\d+))? \\+(\\d+)(?:,(\\d+))? @@");
    private static final String NO_NEWLINE = "\\ No newline at end of file";

    private UnifiedPatch() {}

    /** The diff of every changed file, in order; empty if nothing changes. */
    public static String of(Path baseDirectory, List<FileFix> changes) {
        StringBuilder patch = new StringBuilder();
        for (FileFix change : changes) {
            if (!change.changed()) {
                continue;
            }
            String path = relative(baseDirectory, change.file());
            List<String> diff = fileDiff(path, change.original(), change.fixed());
            if (change.isNew()) {
                // How git writes a created file: it applies only with these two lines.
                diff.add(1, "new file mode 100644");
                diff.set(2, "--- /dev/null");
            }
            for (String line : diff) {
                patch.append(line).append('\n');
            }
        }
        return patch.toString();
    }

    static List<String> fileDiff(String path, String original, String fixed) {
        List<String> before = lines(original);
        List<String> after = lines(fixed);
        Patch<String> patch = DiffUtils.diff(before, after);
        List<String> diff = UnifiedDiffUtils.generateUnifiedDiff("a/" + path, "b/" + path, before, patch, 3);
        List<String> result = new ArrayList<>();
        result.add("diff --git a/" + path + " b/" + path);
        boolean beforeOpen = !original.isEmpty() && !original.endsWith("\n");
        boolean afterOpen = !fixed.isEmpty() && !fixed.endsWith("\n");
        int oldLine = 0;
        int newLine = 0;
        for (String line : diff) {
            Matcher hunk = HUNK.matcher(line);
            if (hunk.find()) {
                oldLine = Integer.parseInt(hunk.group(1)) - 1;
                newLine = Integer.parseInt(hunk.group(3)) - 1;
                result.add(line);
                continue;
            }
            result.add(line);
            if (line.startsWith("---") || line.startsWith("+++")) {
                continue;
            }
            boolean lastOfOld = false;
            boolean lastOfNew = false;
            if (line.startsWith(" ") || line.startsWith("-")) {
                oldLine++;
                lastOfOld = beforeOpen && oldLine == before.size();
            }
            if (line.startsWith(" ") || line.startsWith("+")) {
                newLine++;
                lastOfNew = afterOpen && newLine == after.size();
            }
            if (lastOfOld || lastOfNew) {
                result.add(NO_NEWLINE);
            }
        }
        return result;
    }

    /** The lines without their LF (a CR before it stays); no empty last line for a final line break. */
    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    /** The file's path relative to the base directory, with forward slashes. */
    static String relative(Path baseDirectory, Path file) {
        Path base = baseDirectory.toAbsolutePath().normalize();
        Path absolute = file.toAbsolutePath().normalize();
        Path relative = absolute.startsWith(base) ? base.relativize(absolute) : absolute;
        return relative.toString().replace('\\', '/');
    }
}
