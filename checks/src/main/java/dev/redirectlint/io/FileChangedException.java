package dev.redirectlint.io;

import java.io.IOException;
import java.nio.file.Path;

/** A file that no longer holds the content it was read with: something saved it in between. */
public final class FileChangedException extends IOException {

    private final transient Path file;

    public FileChangedException(Path file) {
        super(file + " changed since it was analysed; it was not written");
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
