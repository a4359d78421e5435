package dev.redirectlint.engine;

import java.nio.file.Path;

/**
 * A file of a run as the file system describes it: enough to tell that it changed since the cache saw it.
 *
 * @param own true for a file to check, false for one of the context (another module's)
 * @param size in bytes, or -1 when it cannot be read
 * @param modified the modification time, or -1 when it cannot be read
 */
public record FileStat(Path path, boolean own, long size, long modified) {}
