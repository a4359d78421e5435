package dev.redirectlint.io;

import dev.redirectlint.source.ContentHash;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes files so that no reader, and no crash, ever sees them half-written: the new content goes to a
 * temporary file in the same directory, is flushed to disk, and then replaces the target in one rename.
 * If anything fails before the rename, the target is unchanged and the temporary file is removed.
 *
 * <p>A replaced file keeps what identifies it to its users: its POSIX permissions, its owner and its group
 * (copied to the temporary file before the rename), and a symbolic link is followed, so the link stays. Two
 * things a rename cannot keep: another hard link to the same file, and an owner this process may not give
 * away (not root, writing a file it does not own). Then the content is written in place instead, after the
 * same checks: the file stays the same file, at the cost of atomicity, which is the lesser loss.
 *
 * <p>A new file gets the mode the umask gives (the temporary file is created as any file is, not 0600), so
 * a later CI step running as another user can read a report. A target that exists and is not a regular file
 * (a device, a FIFO, a directory) is refused: {@code sarifFile=/dev/null} must not become a regular file.
 *
 * <p>Temporary files are named {@code .<name>.redirect-lint-<pid>-<n>.tmp}, so that {@link #removeLeftovers}
 * can tell the ones of a killed earlier run from those of a run still going.
 */
public final class AtomicFiles {

    private static final String TEMP_MARK = ".redirect-lint-";
    private static final Pattern TEMP_NAME = Pattern.compile("\\.(.+)\\.redirect-lint-(\\d+)-\\d+\\.tmp");
    /** What {@code Files.createTempFile} made, as earlier versions named their temporary files. */
    private static final Pattern OLD_TEMP_NAME = Pattern.compile("\\.(.+\\.java)\\.\\d+\\.tmp");

    /** The file-system operations a write uses; tests replace them to inject faults. */
    interface Operations {
        OutputStream open(Path temp) throws IOException;

        void move(Path temp, Path target) throws IOException;
    }

    static final Operations REAL = new Operations() {
        @Override
        public OutputStream open(Path temp) throws IOException {
            return Files.newOutputStream(temp, StandardOpenOption.WRITE, StandardOpenOption.CREATE_NEW);
        }

        @Override
        public void move(Path temp, Path target) throws IOException {
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    };

    private AtomicFiles() {}

    /**
     * Replaces {@code target} with {@code text} in {@code charset}, creating missing parent directories.
     *
     * @throws CharacterCodingException if the charset cannot represent the text (nothing is written)
     * @throws AccessDeniedException if the target exists and is read-only (nothing is written)
     */
    public static void write(Path target, String text, Charset charset) throws IOException {
        write(target, encode(text, charset), REAL);
    }

    /** Replaces {@code target} with {@code content}; see {@link #write(Path, String, Charset)}. */
    public static void write(Path target, byte[] content) throws IOException {
        write(target, content, REAL);
    }

    /** Content written straight to the file, for files too large to build in memory first (the cache). */
    @FunctionalInterface
    public interface Content {
        /** Writes the whole content; may be called more than once, and must write the same bytes each time. */
        void writeTo(OutputStream out) throws IOException;
    }

    /** Replaces {@code target} with what {@code content} writes; see {@link #write(Path, String, Charset)}. */
    public static void write(Path target, Content content) throws IOException {
        write(target, content, REAL);
    }

    /**
     * Replaces a source file with {@code content} only if it still holds the content whose
     * {@link ContentHash} is {@code expectedHash}: a file an editor saved since it was read is never
     * overwritten with an edit of its old text.
     *
     * @param expectedHash {@code null} for a file that must not exist yet (a new file is created, never one
     *     that appeared in the meantime replaced)
     * @throws FileChangedException if the file's content is no longer that (nothing is written)
     */
    public static void replaceIfUnchanged(Path target, String expectedHash, byte[] content) throws IOException {
        replaceIfUnchanged(target, expectedHash, content, REAL);
    }

    static void replaceIfUnchanged(Path target, String expectedHash, byte[] content, Operations operations)
            throws IOException {
        Path file = resolve(target);
        if (expectedHash == null ? Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                : !Files.isRegularFile(file) || !expectedHash.equals(ContentHash.of(Files.readAllBytes(file)))) {
            throw new FileChangedException(target);
        }
        write(file, content, operations);
    }

    static void write(Path target, byte[] content, Operations operations) throws IOException {
        write(target, out -> out.write(content), operations);
    }

    static void write(Path target, Content content, Operations operations) throws IOException {
        Path file = resolve(target);
        PosixFileAttributes existing = null;
        if (Files.exists(file)) {
            if (!Files.isRegularFile(file)) {
                throw new IOException(file + " is not a regular file (a directory, a device or a pipe); not replaced");
            }
            existing = attributes(file);
            if (!Files.isWritable(file) || (existing != null && !existing.permissions().contains(
                    java.nio.file.attribute.PosixFilePermission.OWNER_WRITE))) {
                throw new AccessDeniedException(file.toString(), null, "the file is read-only; not replaced");
            }
            if (hardLinks(file) > 1) {
                writeInPlace(file, content);
                return;
            }
        }
        Path directory = file.getParent();
        Files.createDirectories(directory);
        Path temp = directory.resolve("." + file.getFileName() + TEMP_MARK + ProcessHandle.current().pid() + "-"
                + Integer.toUnsignedString(ThreadLocalRandom.current().nextInt()) + ".tmp");
        try {
            try (OutputStream out = new java.io.BufferedOutputStream(operations.open(temp), 1 << 16)) {
                content.writeTo(out);
            }
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            if (existing != null && !takeIdentity(temp, existing)) {
                writeInPlace(file, content);
                return;
            }
            operations.move(temp, file);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Deletes the temporary files that a killed earlier run left in {@code directory}: those of a process
     * that is no longer running, and those that earlier versions named after {@code Files.createTempFile}
     * beside a source file that is still there.
     *
     * @return how many were deleted
     */
    public static int removeLeftovers(Path directory) {
        int removed = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory, ".*.tmp")) {
            for (Path entry : entries) {
                if (isLeftover(entry) && Files.deleteIfExists(entry)) {
                    removed++;
                }
            }
        } catch (IOException e) {
            // A directory that cannot be listed has nothing this run can clean up.
        }
        return removed;
    }

    private static boolean isLeftover(Path entry) {
        String name = entry.getFileName().toString();
        Matcher ours = TEMP_NAME.matcher(name);
        if (ours.matches()) {
            long pid = Long.parseLong(ours.group(2));
            return ProcessHandle.of(pid).map(process -> !process.isAlive()).orElse(true);
        }
        Matcher old = OLD_TEMP_NAME.matcher(name);
        return old.matches() && Files.isRegularFile(entry.resolveSibling(old.group(1)));
    }

    private static Path resolve(Path target) throws IOException {
        return Files.isSymbolicLink(target) ? target.toRealPath() : target.toAbsolutePath();
    }

    /**
     * Gives the temporary file the owner, group and permissions of the file it replaces.
     *
     * @return false if the owner or group cannot be given (this process may not), so a rename would change them
     */
    private static boolean takeIdentity(Path temp, PosixFileAttributes original) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class,
                LinkOption.NOFOLLOW_LINKS);
        PosixFileAttributes current = view.readAttributes();
        try {
            if (!current.owner().equals(original.owner())) {
                view.setOwner(original.owner());
            }
            if (!current.group().equals(original.group())) {
                view.setGroup(original.group());
            }
        } catch (IOException | SecurityException e) {
            return false;
        }
        // After the owner: changing the owner may clear set-id bits.
        view.setPermissions(original.permissions());
        return true;
    }

    /** Overwrites the file's bytes, keeping its inode: its links, owner, group and mode. */
    private static void writeInPlace(Path file, Content content) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            OutputStream out = new java.io.BufferedOutputStream(java.nio.channels.Channels.newOutputStream(channel), 1 << 16);
            content.writeTo(out);
            out.flush();
            channel.truncate(channel.position());
            channel.force(true);
        }
    }

    private static long hardLinks(Path file) {
        try {
            return ((Number) Files.getAttribute(file, "unix:nlink")).longValue();
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return 1;
        }
    }

    private static PosixFileAttributes attributes(Path file) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        return view != null ? view.readAttributes() : null;
    }

    private static byte[] encode(String text, Charset charset) throws CharacterCodingException {
        ByteBuffer buffer = charset.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .encode(java.nio.CharBuffer.wrap(text));
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return bytes;
    }
}
