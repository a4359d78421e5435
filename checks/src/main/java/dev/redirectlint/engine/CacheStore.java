package dev.redirectlint.engine;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;

/**
 * Where a run's facts and results are kept for the next run: a file ({@link ResultCache}) for builds, memory
 * for a long-lived process such as an IDE's Checkstyle ({@link #inMemory()}).
 */
public interface CacheStore {

    /**
     * The state left by an earlier run under the same {@code key} (version and configuration), or empty; why
     * it could not be used goes to {@code warnings}.
     */
    Optional<ResultCache.State> read(String key, List<String> warnings);

    void write(String key, ResultCache.State state) throws IOException;

    /**
     * The state, as {@link #read} gives it, but only if it describes exactly {@code files}, each of which passes
     * {@code sameFile}; empty as soon as one does not (edited, added or removed), before the rest of the
     * store is decoded. A store that cannot stop early reads it all; its caller compares again anyway.
     */
    default Optional<ResultCache.State> readIfDescribes(String key, List<String> warnings,
            BiPredicate<Path, ResultCache.CachedFile> sameFile, List<FileStat> files) {
        return read(key, warnings);
    }

    /** For messages. */
    String describe();

    /** A store that keeps the last state in memory, for the life of the object. */
    static CacheStore inMemory() {
        return new CacheStore() {
            private String storedKey;
            private ResultCache.State state;

            @Override
            public synchronized Optional<ResultCache.State> read(String key, List<String> warnings) {
                return key.equals(storedKey) ? Optional.ofNullable(state) : Optional.empty();
            }

            @Override
            public synchronized void write(String key, ResultCache.State newState) {
                storedKey = key;
                state = newState;
            }

            @Override
            public String describe() {
                return "the cache in memory";
            }
        };
    }
}
