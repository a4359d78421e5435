package dev.redirectlint.api;

import java.nio.file.Path;

/**
 * A file that could not be analysed, with the reason. Line and column are 1-based, or 0 when the
 * problem has no position (an unreadable file, say).
 */
public record ProcessingError(Path file, int line, int column, String reason) {

    /** A compiler-style description: {@code path:[line,col] reason}. */
    public String describe() {
        return line > 0 ? file + ":[" + line + "," + column + "] " + reason : file + ": " + reason;
    }
}
