package dev.redirectlint.maven.exec;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the code changed since a git reference by running the {@code git} command (no Java git library):
 * the lines that {@code git diff --unified=0 <merge base>} shows for the working tree (committed, staged
 * and unstaged changes), and the untracked files that {@code git ls-files --others --exclude-standard}
 * lists. Changes are counted from the merge base of the reference and {@code HEAD}, as a pull request's
 * diff is, so commits made on the target branch after the branch point do not count as changed here.
 *
 * <p>Every failure is explicit: not a repository, git missing, and a reference or merge base that is not
 * in a shallow clone each give a message that says what to run.
 */
public final class GitChanges {

    private static final Pattern HUNK = Pattern.compile("^@@ -\\d+(?:,\\d+)? \\+(\\d+)(?:,(\\d+))? @@");

    private GitChanges() {}

    /**
     * The code changed in the repository that holds {@code directory} since {@code reference}.
     *
     * @throws ChangedCodeException if that cannot be known, saying why and what to do
     */
    public static ChangedCode since(String reference, Path directory) throws ChangedCodeException {
        if (reference == null || reference.isBlank()) {
            throw new ChangedCodeException("changedSince is empty: name a git reference such as origin/main");
        }
        String ref = reference.strip();
        if (ref.startsWith("-")) {
            throw new ChangedCodeException("changedSince '" + ref + "' is not a git reference");
        }
        Result top = git(directory, "rev-parse", "--show-toplevel");
        if (top.exit() != 0) {
            throw new ChangedCodeException(directory + " is not in a git repository, so redirect-lint cannot tell"
                    + " what changed since " + ref + " (git rev-parse: " + top.firstErrorLine() + "). Run it in a"
                    + " git checkout, or leave redirect-lint.changedSince unset to check all code");
        }
        Path root = Path.of(top.out().strip());
        boolean shallow = "true".equals(git(root, "rev-parse", "--is-shallow-repository").out().strip());

        Result commit = git(root, "rev-parse", "--verify", "--quiet", ref + "^{commit}");
        if (commit.exit() != 0) {
            throw new ChangedCodeException("changedSince: '" + ref + "' is not a commit in this clone"
                    + (shallow ? " (it is a shallow clone)" : "") + ". Fetch it first, for example: "
                    + fetchHint(ref) + (shallow ? ", or clone with full history (actions/checkout: fetch-depth: 0)" : "")
                    + ". redirect-lint does not guess: without the reference it cannot tell new code from old");
        }
        Result base = git(root, "merge-base", ref, "HEAD");
        if (base.exit() != 0) {
            throw new ChangedCodeException("changedSince: " + ref + " and HEAD have no common ancestor in this clone"
                    + (shallow
                            ? " because it is shallow. Fetch more history, for example: git fetch --deepen=200 origin"
                                    + " (repeat until it is found), or git fetch --unshallow origin, or clone with"
                                    + " actions/checkout fetch-depth: 0"
                            : "; name a reference that HEAD branched from")
                    + ". redirect-lint does not guess which code is new");
        }
        String mergeBase = base.out().strip();

        ChangedCode changes = new ChangedCode(ref);
        Result diff = git(root, "-c", "core.quotepath=off", "diff", "--unified=0", "--no-color", "--no-ext-diff",
                "--no-textconv", "--find-renames", "--src-prefix=a/", "--dst-prefix=b/", mergeBase, "--");
        if (diff.exit() != 0) {
            throw new ChangedCodeException("changedSince: git diff failed: " + diff.firstErrorLine());
        }
        parseDiff(diff.out(), root, changes);

        Result untracked = git(root, "ls-files", "--others", "--exclude-standard", "--full-name", "-z");
        if (untracked.exit() != 0) {
            throw new ChangedCodeException("changedSince: git ls-files failed: " + untracked.firstErrorLine());
        }
        for (String name : untracked.out().split("\0")) {
            if (!name.isEmpty()) {
                changes.addNewFile(root.resolve(name));
            }
        }
        return changes;
    }

    /** Adds the new-side lines of every hunk of a {@code --unified=0} diff, paths resolved against root. */
    static void parseDiff(String diff, Path root, ChangedCode changes) {
        Path current = null;
        for (String line : diff.split("\n", -1)) {
            if (line.startsWith("+++ ")) {
                String name = unquote(line.substring(4).stripTrailing());
                current = name.startsWith("b/") ? root.resolve(name.substring(2)) : null;
            } else if (line.startsWith("@@ ") && current != null) {
                Matcher hunk = HUNK.matcher(line);
                if (hunk.find()) {
                    int start = Integer.parseInt(hunk.group(1));
                    int count = hunk.group(2) == null ? 1 : Integer.parseInt(hunk.group(2));
                    changes.addHunk(current, start, count);
                }
            } else if (line.startsWith("diff --git ")) {
                current = null;
            }
        }
    }

    /** Undoes git's C-style quoting of a path ({@code "b/a\tb.java"}); plain paths are returned as they are. */
    static String unquote(String name) {
        if (name.length() < 2 || name.charAt(0) != '"' || name.charAt(name.length() - 1) != '"') {
            return name;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 1; i < name.length() - 1; i++) {
            char c = name.charAt(i);
            if (c != '\\' || i + 1 >= name.length() - 1) {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
                continue;
            }
            char next = name.charAt(++i);
            switch (next) {
                case 'n' -> bytes.write('\n');
                case 't' -> bytes.write('\t');
                case 'r' -> bytes.write('\r');
                case 'a' -> bytes.write(7);
                case 'b' -> bytes.write('\b');
                case 'f' -> bytes.write('\f');
                case 'v' -> bytes.write(11);
                case '"', '\\' -> bytes.write(next);
                default -> {
                    if (next >= '0' && next <= '7' && i + 2 < name.length() - 1) {
                        bytes.write(Integer.parseInt(name.substring(i, i + 3), 8));
                        i += 2;
                    } else {
                        bytes.write('\\');
                        bytes.write(next);
                    }
                }
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** {@code git fetch origin main} for {@code origin/main}, else {@code git fetch origin <ref>}. */
    static String fetchHint(String ref) {
        if (ref.startsWith("origin/")) {
            return "git fetch --no-tags origin " + ref.substring("origin/".length());
        }
        if (ref.startsWith("refs/remotes/origin/")) {
            return "git fetch --no-tags origin " + ref.substring("refs/remotes/origin/".length());
        }
        return "git fetch --no-tags origin " + ref;
    }

    /** Runs git in {@code directory}: never prompts, never takes optional locks (other modules may run git too). */
    static Result git(Path directory, String... arguments) throws ChangedCodeException {
        List<String> command = new ArrayList<>();
        command.add("git");
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
        builder.environment().put("GIT_TERMINAL_PROMPT", "0");
        builder.environment().put("GIT_OPTIONAL_LOCKS", "0");
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new ChangedCodeException("changedSince needs the git command, which cannot be run here (" + e.getMessage()
                    + "): install git or put it on the PATH", e);
        }
        try {
            process.getOutputStream().close();
            CompletableFuture<String> error = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
            String out = read(process.getInputStream());
            int exit = process.waitFor();
            return new Result(exit, out, error.join());
        } catch (IOException | UncheckedIOException e) {
            throw new ChangedCodeException("changedSince: reading from git failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroy();
            throw new ChangedCodeException("changedSince: interrupted while running git", e);
        }
    }

    private static String read(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a git command printed and how it ended. */
    record Result(int exit, String out, String err) {

        String firstErrorLine() {
            String first = err.strip().lines().findFirst().orElse("exit code " + exit);
            return first.isEmpty() ? "exit code " + exit : first;
        }
    }
}
