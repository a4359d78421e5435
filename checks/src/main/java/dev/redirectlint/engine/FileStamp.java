package dev.redirectlint.engine;

/**
 * A file's size and modification time as whoever listed the files saw them: a run that is given them does
 * not ask the file system again (on a large tree, listing and stat-ing every file twice costs as much as the
 * rest of a run with nothing changed).
 *
 * @param size in bytes
 * @param modified the modification time in nanoseconds since the epoch
 */
public record FileStamp(long size, long modified) {}
