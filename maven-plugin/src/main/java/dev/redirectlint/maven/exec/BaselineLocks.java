package dev.redirectlint.maven.exec;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One lock per baseline file: under {@code -T} the modules of a reactor update the shared file from several
 * threads, and each must read the others' entries before it writes its own.
 */
final class BaselineLocks {

    private static final Map<Path, Object> LOCKS = new ConcurrentHashMap<>();

    private BaselineLocks() {}

    static Object of(Path file) {
        return LOCKS.computeIfAbsent(file.toAbsolutePath().normalize(), key -> new Object());
    }
}
