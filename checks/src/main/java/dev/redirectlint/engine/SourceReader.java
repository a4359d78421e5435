package dev.redirectlint.engine;

import dev.redirectlint.api.ProcessingError;
import dev.redirectlint.project.LexicalScanner;
import dev.redirectlint.source.ContentHash;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Reads a source file's text in the configured encoding, refusing what must not be analysed (too large,
 * binary, not valid in the encoding, unreadable) with a reason that names the file; or takes the text
 * from memory when the caller holds it (an editor's buffer).
 */
final class SourceReader {

    private final LintConfig config;

    SourceReader(LintConfig config) {
        this.config = config;
    }

    /** The text and its hash, or the error that says why there is none. */
    record Read(String text, String hash, ProcessingError error) {
        static Read failed(ProcessingError error) {
            return new Read(null, null, error);
        }
    }

    Read read(Path file, Map<Path, String> texts) {
        String held = texts.get(file);
        if (held != null) {
            ProcessingError rejected = checkText(file, held, held.length(), "characters");
            return rejected != null ? Read.failed(rejected) : new Read(held, ContentHash.of(held), null);
        }
        try {
            if (Files.isDirectory(file)) {
                return Read.failed(new ProcessingError(file, 0, 0, "cannot be read: it is a directory"));
            }
            long size = Files.size(file);
            if (size > config.maxFileSize()) {
                return Read.failed(tooLarge(file, size, "bytes"));
            }
            byte[] bytes = Files.readAllBytes(file);
            String text = decode(bytes);
            ProcessingError rejected = checkText(file, text, bytes.length, "bytes");
            return rejected != null ? Read.failed(rejected) : new Read(text, ContentHash.of(bytes), null);
        } catch (CharacterCodingException e) {
            return Read.failed(new ProcessingError(file, 0, 0,
                    "not valid " + config.encoding().name() + " text (set the encoding to the one the file uses)"));
        } catch (NoSuchFileException e) {
            return Read.failed(new ProcessingError(file, 0, 0, "cannot be read: no such file (a broken symbolic link?)"));
        } catch (AccessDeniedException e) {
            return Read.failed(new ProcessingError(file, 0, 0, "cannot be read: permission denied"));
        } catch (FileSystemException e) {
            return Read.failed(new ProcessingError(file, 0, 0, "cannot be read: "
                    + (e.getReason() != null ? e.getReason() : e.toString())));
        } catch (IOException | RuntimeException e) {
            return Read.failed(new ProcessingError(file, 0, 0, "cannot be read: " + e));
        } catch (OutOfMemoryError e) {
            return Read.failed(new ProcessingError(file, 0, 0,
                    "too large to read in the memory available (OutOfMemoryError)"));
        }
    }

    /** A file's lexical scan and hash, or the error that says why there is none. */
    record Scan(String hash, LexicalScanner.Scan scan, ProcessingError error) {}

    /**
     * Reads and scans a file. Like {@link #read} and then {@link LexicalScanner#scan(String)}, but an ASCII
     * file (nearly every source file) goes from its bytes into the scanner's reused buffer without a String:
     * a tree of thousands of files is then read without allocating its size several times over.
     */
    Scan scan(Path file, Map<Path, String> texts) {
        if (texts.containsKey(file) || !config.encoding().equals(StandardCharsets.UTF_8)) {
            return scanText(file, texts);
        }
        try {
            if (Files.isDirectory(file) || Files.size(file) > config.maxFileSize()) {
                return scanText(file, texts);
            }
            byte[] bytes = Files.readAllBytes(file);
            char[] chars = LexicalScanner.buffer(bytes.length);
            byte previous = 0;
            for (int i = 0; i < bytes.length; i++) {
                byte b = bytes[i];
                if (b <= 0 || b == 'u' && previous == '\\') {
                    // Not ASCII, a NUL, or a \\u escape: the careful way, with its errors and translation.
                    return scanText(file, texts);
                }
                chars[i] = (char) b;
                previous = b;
            }
            return new Scan(ContentHash.of(bytes), LexicalScanner.scan(chars, bytes.length), null);
        } catch (IOException | RuntimeException e) {
            return scanText(file, texts); // it names the reason
        }
    }

    private Scan scanText(Path file, Map<Path, String> texts) {
        Read read = read(file, texts);
        return read.error() != null ? new Scan(null, null, read.error())
                : new Scan(read.hash(), LexicalScanner.scan(read.text()), null);
    }

    /**
     * The text for parsing, read again (or from memory), if it is still the text whose hash the scan took.
     *
     * @throws ChangedSinceScanned if the file was saved in between (an editor, a build step): its facts and
     *     its findings' offsets would describe two different texts
     */
    String text(Path file, Map<Path, String> texts, String hash) throws IOException {
        String held = texts.get(file);
        if (held != null) {
            return held;
        }
        byte[] bytes = Files.readAllBytes(file);
        if (hash != null && !hash.equals(ContentHash.of(bytes))) {
            throw new ChangedSinceScanned(file);
        }
        return decode(bytes);
    }

    /** A file whose content changed between its scan and its parse. */
    static final class ChangedSinceScanned extends IOException {
        ChangedSinceScanned(Path file) {
            super(file + " changed while it was being analysed");
        }
    }

    private String decode(byte[] bytes) throws CharacterCodingException {
        if (config.encoding().equals(StandardCharsets.UTF_8) && isAscii(bytes)) {
            return new String(bytes, StandardCharsets.ISO_8859_1); // the common case, without a decoder
        }
        return config.encoding().newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    /** Why text must not be analysed at all (too large, binary), or {@code null}. */
    ProcessingError checkText(Path file, String text, long size, String unit) {
        if (size > config.maxFileSize()) {
            return tooLarge(file, size, unit);
        }
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            return new ProcessingError(file, 0, 0, "not a text file: it holds a NUL character at offset " + nul
                    + " (binary content, or the wrong encoding); not analysed");
        }
        return null;
    }

    private ProcessingError tooLarge(Path file, long size, String unit) {
        return new ProcessingError(file, 0, 0, "too large: " + size + " " + unit + ", more than the maximum of "
                + config.maxFileSize() + " (maxFileSize); not analysed");
    }
}
