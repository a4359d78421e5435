package dev.redirectlint.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
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
    void aReadOnlyDirectoryLeavesTheFileAlone() throws IOException {
        Path sub = Files.createDirectory(dir.resolve("ro"));
        Path file = Files.writeString(sub.resolve("A.java"), OLD);
        Files.setPosixFilePermissions(sub, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(sub), "the directory is still writable (running as root?)");
            assertThatThrownBy(() -> AtomicFiles.write(file, NEW, StandardCharsets.UTF_8)).isInstanceOf(IOException.class);
            assertThat(Files.readString(file)).isEqualTo(OLD);
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
