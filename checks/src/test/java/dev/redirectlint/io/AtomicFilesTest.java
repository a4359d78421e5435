package dev.redirectlint.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.redirectlint.source.ContentHash;
import dev.redirectlint.testing.UnprivilegedActions;
import dev.redirectlint.testing.UnprivilegedJvm;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fault injection: whatever fails, the target holds either its old content or the new, never a mix. */
class AtomicFilesTest {

    private static final String OLD = "class A { /* old */ }\n";
    private static final String NEW = "class A { /* new, and longer than the old text */ }\n".repeat(1000);

    @TempDir
    Path dir;

    @Test
    void replacesTheContent() throws IOException {
        Path file = Files.writeString(dir.resolve("A.java"), OLD);
        AtomicFiles.write(file, NEW, StandardCharsets.UTF_8);
        assertThat(Files.readString(file)).isEqualTo(NEW);
        assertOnlyFile(file);
    }

    @Test
    void createsMissingDirectories() throws IOException {
        Path file = dir.resolve("a/b/report.sarif");
        AtomicFiles.write(file, NEW.getBytes(StandardCharsets.UTF_8));
        assertThat(Files.readString(file)).isEqualTo(NEW);
    }

    @Test
    void aWriteThatFailsMidwayLeavesTheOldContent() throws IOException {
        Path file = Files.writeString(dir.resolve("A.java"), OLD);
        AtomicFiles.Operations failing = new Faulty() {
            @Override
            public OutputStream open(Path temp) throws IOException {
                return failAfter(AtomicFiles.REAL.open(temp), 4096);
            }
        };
        assertThatThrownBy(() -> AtomicFiles.write(file, NEW.getBytes(StandardCharsets.UTF_8), failing))
                .isInstanceOf(IOException.class).hasMessageContaining("disk full");
        assertThat(Files.readString(file)).isEqualTo(OLD);
        assertOnlyFile(file);
    }

    @Test
    void aFailingCloseLeavesTheOldContent() throws IOException {
        Path file = Files.writeString(dir.resolve("A.java"), OLD);
        AtomicFiles.Operations failing = new Faulty() {
            @Override
            public OutputStream open(Path temp) throws IOException {
                return new FilterOutputStream(AtomicFiles.REAL.open(temp)) {
                    @Override
                    public void close() throws IOException {
                        super.close();
                        throw new IOException("close failed");
                    }
                };
            }
        };
        assertThatThrownBy(() -> AtomicFiles.write(file, NEW.getBytes(StandardCharsets.UTF_8), failing))
                .hasMessageContaining("close failed");
        assertThat(Files.readString(file)).isEqualTo(OLD);
        assertOnlyFile(file);
    }

    @Test
    void aFailingRenameLeavesTheOldContent() throws IOException {
        Path file = Files.writeString(dir.resolve("A.java"), OLD);
        AtomicFiles.Operations failing = new Faulty() {
            @Override
            public void move(Path temp, Path target) throws IOException {
                throw new IOException("rename failed");
            }
        };
        assertThatThrownBy(() -> AtomicFiles.write(file, NEW.getBytes(StandardCharsets.UTF_8), failing))
                .hasMessageContaining("rename failed");
        assertThat(Files.readString(file)).isEqualTo(OLD);
        assertOnlyFile(file);
    }

    @Test
    void aRuntimeFailureLeavesTheOldContent() throws IOException {
        Path file = Files.writeString(dir.resolve("A.java"), OLD);
        AtomicFiles.Operations failing = new Faulty() {
            @Override
            public OutputStream open(Path temp) throws IOException {
                OutputStream real = AtomicFiles.REAL.open(temp);
                return new FilterOutputStream(real) {
                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        real.write(b, off, len / 2);
                        throw new IllegalStateException("crash midway");
                    }
                };
            }
        };
        assertThatThrownBy(() -> AtomicFiles.write(file, NEW.getBytes(StandardCharsets.UTF_8), failing))
                .hasMessageContaining("crash midway");
        assertThat(Files.readString(file)).isEqualTo(OLD);
        assertOnlyFile(file);
    }

    @Test
    void aReadOnlyFileIsNotReplaced() throws IOException {
        Path file = Files.writeString(dir.resolve("A.java"), OLD);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        assertThatThrownBy(() -> AtomicFiles.write(file, NEW, StandardCharsets.UTF_8))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("read-only");
        assertThat(Files.readString(file)).isEqualTo(OLD);
        assertOnlyFile(file);
    }

    @Test
    void aReadOnlyDirectoryLeavesTheFileAlone() throws Exception {
        // The writer is a user without privileges (root may write anywhere); the directory is not its to change.
        UnprivilegedJvm.openToOthers(dir);
        Path sub = Files.createDirectory(dir.resolve("ro"));
        Files.setPosixFilePermissions(sub, PosixFilePermissions.fromString("r-xr-xr-x"));
        Path file = Files.writeString(sub.resolve("A.java"), OLD);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-rw-"));
        Files.setPosixFilePermissions(sub, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            UnprivilegedJvm.Result result = UnprivilegedJvm.run(UnprivilegedActions.class, "write", file.toString(), NEW);
            assertThat(result.output()).startsWith("failed: AccessDeniedException");
            assertThat(Files.readString(file)).isEqualTo(OLD);
            assertOnlyFile(file);
        } finally {
            Files.setPosixFilePermissions(sub, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void textTheEncodingCannotHoldFailsBeforeWriting() throws IOException {
        Path file = Files.writeString(dir.resolve("A.java"), OLD);
        assertThatThrownBy(() -> AtomicFiles.write(file, "class \u00c4 {}", StandardCharsets.US_ASCII))
                .isInstanceOf(CharacterCodingException.class);
        assertThatThrownBy(() -> AtomicFiles.write(file, "lone \ud800 surrogate", StandardCharsets.UTF_8))
                .isInstanceOf(CharacterCodingException.class);
        assertThat(Files.readString(file)).isEqualTo(OLD);
        assertOnlyFile(file);
    }

    @Test
    void keepsPermissionsAndSymbolicLinks() throws IOException {
        Path real = Files.writeString(dir.resolve("Real.java"), OLD);
        Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rwxr-x---"));
        Path link = Files.createSymbolicLink(dir.resolve("Link.java"), real);
        AtomicFiles.write(link, NEW, StandardCharsets.UTF_8);
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo(NEW);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(real))).isEqualTo("rwxr-x---");
    }

    @Test
    void aNewFileGetsTheModeTheUmaskGivesNot0600() throws IOException {
        Path reference = Files.createFile(dir.resolve("reference.txt")); // created as every file is, under the umask
        Path report = dir.resolve("report.sarif");
        AtomicFiles.write(report, NEW, StandardCharsets.UTF_8);
        assertThat(Files.getPosixFilePermissions(report)).isEqualTo(Files.getPosixFilePermissions(reference));
    }

    @Test
    void aTargetThatIsNotARegularFileIsRefused() throws IOException {
        Path devNull = Path.of("/dev/null");
        assertThatThrownBy(() -> AtomicFiles.write(devNull, NEW, StandardCharsets.UTF_8))
                .isInstanceOf(IOException.class).hasMessageContaining("not a regular file");
        assertThat(Files.isRegularFile(devNull)).isFalse();
        Path directory = Files.createDirectory(dir.resolve("report.sarif"));
        assertThatThrownBy(() -> AtomicFiles.write(directory, NEW, StandardCharsets.UTF_8))
                .hasMessageContaining("not a regular file");
    }

    @Test
    void aHardLinkedFileStaysLinked() throws IOException {
        Path file = Files.writeString(dir.resolve("A.java"), OLD);
        Path other = Files.createLink(dir.resolve("Other.java"), file);
        AtomicFiles.write(file, NEW, StandardCharsets.UTF_8);
        assertThat(Files.readString(other)).isEqualTo(NEW);
        assertThat(Files.isSameFile(file, other)).isTrue();
    }

    @Test
    void anotherUsersFileKeepsItsOwnerGroupAndMode() throws IOException {
        Path file = Files.writeString(dir.resolve("A.java"), OLD);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));
        UserPrincipalLookupService users = file.getFileSystem().getUserPrincipalLookupService();
        // A numeric id that no account needs to have: as root (as in CI) the file is given away to it.
        UserPrincipal stranger = users.lookupPrincipalByName("4242");
        GroupPrincipal strangers = users.lookupPrincipalByGroupName("4343");
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        try {
            view.setOwner(stranger);
            view.setGroup(strangers);
        } catch (IOException e) {
            org.junit.jupiter.api.Assumptions.abort("only root can give a file to another user: " + e);
        }
        AtomicFiles.write(file, NEW, StandardCharsets.UTF_8);
        PosixFileAttributes after = view.readAttributes();
        assertThat(after.owner()).isEqualTo(stranger);
        assertThat(after.group()).isEqualTo(strangers);
        assertThat(PosixFilePermissions.toString(after.permissions())).isEqualTo("rw-rw-r--");
        assertThat(Files.readString(file)).isEqualTo(NEW);
        assertOnlyFile(file);
    }

    @Test
    void aFileThatChangedSinceItWasReadIsNotReplaced() throws IOException {
        Path file = Files.writeString(dir.resolve("A.java"), OLD);
        String hash = ContentHash.of(Files.readAllBytes(file));
        Files.writeString(file, OLD + "// saved by an editor\n");
        assertThatThrownBy(() -> AtomicFiles.replaceIfUnchanged(file, hash, NEW.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(FileChangedException.class);
        assertThat(Files.readString(file)).isEqualTo(OLD + "// saved by an editor\n");

        AtomicFiles.replaceIfUnchanged(file, ContentHash.of(Files.readAllBytes(file)), NEW.getBytes(StandardCharsets.UTF_8));
        assertThat(Files.readString(file)).isEqualTo(NEW);
    }

    @Test
    void temporaryFilesOfAKilledRunAreRemovedAndThoseOfALiveRunKept() throws Exception {
        Path file = Files.writeString(dir.resolve("A.java"), OLD);
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Path killed = Files.writeString(dir.resolve(".A.java.redirect-lint-" + gone.pid() + "-17.tmp"), "half");
        Path older = Files.writeString(dir.resolve(".A.java.8812345.tmp"), "half"); // named as earlier builds named them
        Path running = Files.writeString(dir.resolve(".A.java.redirect-lint-" + ProcessHandle.current().pid() + "-9.tmp"),
                "in progress");
        Path unrelated = Files.writeString(dir.resolve(".notes.tmp"), "mine");

        assertThat(AtomicFiles.removeLeftovers(dir)).isEqualTo(2);

        assertThat(killed).doesNotExist();
        assertThat(older).doesNotExist();
        assertThat(running).exists();
        assertThat(unrelated).exists();
        assertThat(file).hasContent(OLD);
    }

    private void assertOnlyFile(Path file) throws IOException {
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertThat(files).as("no temporary file is left").containsExactly(file);
        }
    }

    private static OutputStream failAfter(OutputStream out, int limit) {
        return new FilterOutputStream(out) {
            private int written;

            @Override
            public void write(int b) throws IOException {
                if (++written > limit) {
                    throw new IOException("No space left on device (disk full, injected)");
                }
                super.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                for (int i = 0; i < len; i++) {
                    write(b[off + i]);
                }
            }
        };
    }

    /** The real operations, for tests to override one of. */
    private static class Faulty implements AtomicFiles.Operations {
        @Override
        public OutputStream open(Path temp) throws IOException {
            return AtomicFiles.REAL.open(temp);
        }

        @Override
        public void move(Path temp, Path target) throws IOException {
            AtomicFiles.REAL.move(temp, target);
        }
    }
}
