package dev.redirectlint.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/**
 * Writes files so that no reader, and no crash, ever sees them half-written: the new content goes to a
 * temporary file in the same directory, is flushed to disk, and then replaces the target in one rename.
 * If anything fails before the rename, the target is unchanged and the temporary file is removed.
 *
 * <p>For sources (a goal that fixes files) this also means: text that the encoding cannot represent
 * fails before anything is written; a read-only target is refused rather than replaced; a symbolic link
 * is followed, so the file it points to is replaced and the link kept; and the replaced file keeps its
 * POSIX permissions.
 */
public final class AtomicFiles {

    /** The file-system operations a write uses; tests replace them to inject faults. */
    interface Operations {
        OutputStream open(Path temp) throws IOException;

        void move(Path temp, Path target) throws IOException;
    }

    static final Operations REAL = new Operations() {
        @Override
        public OutputStream open(Path temp) throws IOException {
            return Files.newOutputStream(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
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

    static void write(Path target, byte[] content, Operations operations) throws IOException {
        Path file = Files.isSymbolicLink(target) ? target.toRealPath() : target.toAbsolutePath();
        Set<PosixFilePermission> permissions = null;
        if (Files.exists(file)) {
            permissions = permissions(file);
            if (!Files.isWritable(file) || (permissions != null && !permissions.contains(PosixFilePermission.OWNER_WRITE))) {
                throw new AccessDeniedException(file.toString(), null, "the file is read-only; not replaced");
            }
        }
        Path directory = file.getParent();
        Files.createDirectories(directory);
        Path temp = Files.createTempFile(directory, "." + file.getFileName() + ".", ".tmp");
        try {
            try (OutputStream out = operations.open(temp)) {
                out.write(content);
            }
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            if (permissions != null) {
                Files.setPosixFilePermissions(temp, permissions);
            }
            operations.move(temp, file);
        } finally {
            Files.deleteIfExists(temp);
        }
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

    private static Set<PosixFilePermission> permissions(Path file) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        return view != null ? view.readAttributes().permissions() : null;
    }
}
