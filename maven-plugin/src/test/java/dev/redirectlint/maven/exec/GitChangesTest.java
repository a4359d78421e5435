package dev.redirectlint.maven.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.redirectlint.api.Finding;
import dev.redirectlint.api.Region;
import dev.redirectlint.api.RelatedLocation;
import dev.redirectlint.api.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitChangesTest {

    private static Region lines(int start, int end) {
        return new Region(start, 1, end, 1, 0, 1);
    }

    private static Finding finding(Path file, Region redirect, Region handler, List<RelatedLocation> related) {
        return new Finding("non-get-302", Severity.WARNING, "m", file, redirect, "A#b", "view", related, List.of(),
                "A#b()\nx", handler);
    }

    @Nested
    class Parsing {

        private final Path root = Path.of("/repo").toAbsolutePath();

        @Test
        void readsNewSideLinesOfEveryHunk() {
            ChangedCode changes = new ChangedCode("main");
            GitChanges.parseDiff("""
                    diff --git a/src/A.java b/src/A.java
                    index 1111111..2222222 100644
                    --- a/src/A.java
                    +++ b/src/A.java
                    @@ -3 +3 @@ class A {
                    -    int a;
                    +    int b;
                    @@ -10,0 +11,2 @@ class A {
                    +    int c;
                    +    int d;
                    @@ -20,2 +22,0 @@ class A {
                    -    int e;
                    -    int f;
                    """, root, changes);
            Path a = root.resolve("src/A.java");

            assertThat(changes.touches(a, lines(3, 3))).isTrue();
            assertThat(changes.touches(a, lines(4, 10))).isFalse();
            assertThat(changes.touches(a, lines(12, 12))).isTrue();
            assertThat(changes.touches(a, lines(13, 21))).isFalse();
            assertThat(changes.touches(a, lines(20, 23))).as("holds the deletion point").isTrue();
            assertThat(changes.touches(a, lines(23, 30))).as("starts after the deletion").isFalse();
            assertThat(changes.touches(a, lines(15, 22))).as("ends before the deletion").isFalse();
        }

        @Test
        void skipsDeletedFilesAndFollowsRenames() {
            ChangedCode changes = new ChangedCode("main");
            GitChanges.parseDiff("""
                    diff --git a/Old.java b/Old.java
                    deleted file mode 100644
                    --- a/Old.java
                    +++ /dev/null
                    @@ -1,3 +0,0 @@
                    -a
                    diff --git a/x/Before.java b/y/After.java
                    similarity index 90%
                    rename from x/Before.java
                    rename to y/After.java
                    --- a/x/Before.java
                    +++ b/y/After.java
                    @@ -5 +5 @@
                    -a
                    +b
                    """, root, changes);

            assertThat(changes.touchesFile(root.resolve("Old.java"))).isFalse();
            assertThat(changes.touches(root.resolve("y/After.java"), lines(5, 5))).isTrue();
            assertThat(changes.touches(root.resolve("y/After.java"), lines(1, 4))).isFalse();
        }

        @Test
        void unquotesPathsGitQuoted() {
            assertThat(GitChanges.unquote("\"b/dir/a\\tb\\\"c\\\\d.java\"")).isEqualTo("b/dir/a\tb\"c\\d.java");
            assertThat(GitChanges.unquote("\"b/caf\\303\\251.java\"")).isEqualTo("b/café.java");
            assertThat(GitChanges.unquote("b/plain name.java")).isEqualTo("b/plain name.java");
        }

        @Test
        void suggestsWhatToFetch() {
            assertThat(GitChanges.fetchHint("origin/main")).isEqualTo("git fetch --no-tags origin main");
            assertThat(GitChanges.fetchHint("v1.2")).isEqualTo("git fetch --no-tags origin v1.2");
        }
    }

    @Nested
    class Matching {

        private final Path file = Path.of("/repo/A.java").toAbsolutePath();
        private final Path helper = Path.of("/repo/Helper.java").toAbsolutePath();

        @Test
        void findsChangesInTheRedirectTheHandlerOrARelatedLocation() {
            ChangedCode changes = new ChangedCode("main");
            changes.addHunk(file, 7, 1);
            changes.addHunk(helper, 40, 2);

            assertThat(changes.contains(finding(file, lines(7, 7), lines(5, 9), List.of()))).isTrue();
            assertThat(changes.contains(finding(file, lines(12, 12), lines(5, 13), List.of())))
                    .as("a changed annotation or line of the handler").isTrue();
            assertThat(changes.contains(finding(file, lines(22, 22), lines(20, 24), List.of()))).isFalse();
            assertThat(changes.contains(finding(file, lines(22, 22), lines(20, 24),
                    List.of(new RelatedLocation(helper, lines(41, 41), "in a helper"))))).isTrue();
            assertThat(changes.contains(finding(file, lines(22, 22), null, List.of()))).isFalse();
        }

        @Test
        void countsEveryLineOfANewFile() {
            ChangedCode changes = new ChangedCode("main");
            changes.addNewFile(file);

            assertThat(changes.contains(finding(file, lines(300, 300), lines(290, 310), List.of()))).isTrue();
        }
    }

    @Nested
    class WithRealGit {

        @TempDir
        Path temp;

        private String git(Path directory, String... arguments) throws Exception {
            List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=Test", "-c", "user.email=t@example.com",
                    "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main"));
            command.addAll(List.of(arguments));
            Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor()).as(String.join(" ", command) + "\n" + out).isZero();
            return out;
        }

        private Path write(Path file, String text) throws IOException {
            Files.createDirectories(file.getParent());
            return Files.writeString(file, text);
        }

        private static String numbered(int count, String prefix) {
            StringBuilder text = new StringBuilder();
            for (int i = 1; i <= count; i++) {
                text.append(prefix).append(i).append('\n');
            }
            return text.toString();
        }

        @Test
        void seesCommittedStagedUnstagedAndUntrackedChanges() throws Exception {
            Path repo = Files.createDirectories(temp.resolve("repo"));
            git(repo, "init", "-q");
            Path committed = write(repo.resolve("src/Committed.java"), numbered(20, "line "));
            Path staged = write(repo.resolve("src/Staged.java"), numbered(20, "line "));
            Path unstaged = write(repo.resolve("src/Unstaged.java"), numbered(20, "line "));
            Path ignored = write(repo.resolve("target/Ignored.java"), "x\n");
            write(repo.resolve(".gitignore"), "target/\n");
            git(repo, "add", ".");
            git(repo, "commit", "-q", "-m", "base");
            git(repo, "tag", "base");

            write(committed, numbered(20, "line ").replace("line 5\n", "changed 5\n"));
            git(repo, "commit", "-q", "-am", "change line 5");
            write(staged, numbered(20, "line ").replace("line 8\n", "changed 8\n"));
            git(repo, "add", "src/Staged.java");
            write(unstaged, numbered(20, "line ").replace("line 11\n", "changed 11\n"));
            Path untracked = write(repo.resolve("src/New.java"), "class New {}\n");

            ChangedCode changes = GitChanges.since("base", repo.resolve("src"));

            assertThat(changes.touches(committed, lines(5, 5))).isTrue();
            assertThat(changes.touches(committed, lines(6, 20))).isFalse();
            assertThat(changes.touches(staged, lines(8, 8))).isTrue();
            assertThat(changes.touches(unstaged, lines(11, 11))).isTrue();
            assertThat(changes.touches(unstaged, lines(1, 10))).isFalse();
            assertThat(changes.touches(untracked, lines(1, 1))).isTrue();
            assertThat(changes.touchesFile(ignored)).isFalse();
        }

        @Test
        void countsFromTheMergeBaseNotFromTheTipOfTheReference() throws Exception {
            Path repo = Files.createDirectories(temp.resolve("repo"));
            git(repo, "init", "-q");
            Path file = write(repo.resolve("A.java"), numbered(30, "line "));
            git(repo, "add", ".");
            git(repo, "commit", "-q", "-m", "base");
            git(repo, "checkout", "-q", "-b", "feature");
            write(file, numbered(30, "line ").replace("line 20\n", "feature 20\n"));
            git(repo, "commit", "-q", "-am", "feature");
            git(repo, "checkout", "-q", "main");
            write(file, numbered(30, "line ").replace("line 3\n", "main 3\n"));
            git(repo, "commit", "-q", "-am", "main moves on");
            git(repo, "checkout", "-q", "feature");

            ChangedCode changes = GitChanges.since("main", repo);

            assertThat(changes.touches(file, lines(20, 20))).isTrue();
            assertThat(changes.touches(file, lines(3, 3))).as("changed on main only").isFalse();
        }

        @Test
        void failsClearlyOutsideARepository() throws Exception {
            Path plain = Files.createDirectories(temp.resolve("plain"));

            assertThatThrownBy(() -> GitChanges.since("main", plain)).isInstanceOf(ChangedCodeException.class)
                    .hasMessageContaining("is not in a git repository")
                    .hasMessageContaining("leave redirect-lint.changedSince unset");
        }

        @Test
        void failsClearlyWhenTheReferenceIsMissing() throws Exception {
            Path repo = Files.createDirectories(temp.resolve("repo"));
            git(repo, "init", "-q");
            write(repo.resolve("A.java"), "class A {}\n");
            git(repo, "add", ".");
            git(repo, "commit", "-q", "-m", "one");

            assertThatThrownBy(() -> GitChanges.since("origin/develop", repo)).isInstanceOf(ChangedCodeException.class)
                    .hasMessageContaining("'origin/develop' is not a commit in this clone")
                    .hasMessageContaining("git fetch --no-tags origin develop")
                    .hasMessageNotContaining("shallow");
            assertThatThrownBy(() -> GitChanges.since("--output=x", repo)).isInstanceOf(ChangedCodeException.class)
                    .hasMessageContaining("is not a git reference");
        }

        @Test
        void tellsWhatToFetchInAShallowClone() throws Exception {
            Path origin = Files.createDirectories(temp.resolve("origin"));
            git(origin, "init", "-q");
            write(origin.resolve("A.java"), numbered(10, "line "));
            git(origin, "add", ".");
            git(origin, "commit", "-q", "-m", "one");
            git(origin, "checkout", "-q", "-b", "feature");
            write(origin.resolve("A.java"), numbered(10, "feature "));
            git(origin, "commit", "-q", "-am", "feature");
            git(origin, "checkout", "-q", "main");
            for (int i = 2; i <= 3; i++) {
                write(origin.resolve("A.java"), numbered(10, "main" + i + " "));
                git(origin, "commit", "-q", "-am", "main " + i);
            }
            git(temp, "clone", "-q", "--depth=1", "--no-single-branch", "--branch", "feature",
                    origin.toUri().toString(), "clone");
            Path clone = temp.resolve("clone");

            assertThatThrownBy(() -> GitChanges.since("main~2", clone)).isInstanceOf(ChangedCodeException.class)
                    .hasMessageContaining("is not a commit in this clone (it is a shallow clone)")
                    .hasMessageContaining("fetch-depth: 0");
            assertThatThrownBy(() -> GitChanges.since("origin/main", clone)).isInstanceOf(ChangedCodeException.class)
                    .hasMessageContaining("no common ancestor in this clone because it is shallow")
                    .hasMessageContaining("git fetch --deepen=200 origin");

            git(clone, "fetch", "-q", "--unshallow", "origin");
            assertThat(GitChanges.since("origin/main", clone).touches(clone.resolve("A.java"), lines(1, 1))).isTrue();
        }
    }
}
