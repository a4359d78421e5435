package dev.redirectlint.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The forked JVM's class-data-sharing archive (AppCDS): the engine's and JavaParser's classes, parsed and
 * verified once and mapped from the archive by every later fork. A fork after one edited file loads about
 * 2,200 classes that the JDK's own archive does not hold, and loading them was most of its start.
 *
 * <p>The first fork dumps the archive when it exits ({@code -XX:ArchiveClassesAtExit}) into a temporary file
 * that is renamed when the fork succeeded, so no JVM maps a half-written one. The file's name is a digest of
 * the JVM and of the class path (each jar's path, size and time), so a new build of the plugin or another JDK
 * gets an archive of its own; older ones beside it are deleted. The JVM checks the class path against the
 * archive again and runs without it when they differ.
 */
final class ClassDataArchive {

    private static final String PREFIX = "redirect-lint-classes-";
    private static final String SUFFIX = ".jsa";

    private final Path directory;
    private final Path archive;
    private final Path dumping;

    private ClassDataArchive(Path directory, String digest) {
        this.directory = directory;
        this.archive = directory.resolve(PREFIX + digest + SUFFIX);
        this.dumping = directory.resolve(PREFIX + digest + SUFFIX + "." + ProcessHandle.current().pid() + ".part");
    }

    /** The archive in {@code directory} for this JVM and class path. */
    static ClassDataArchive in(Path directory, Path java, List<Path> classpath) {
        return new ClassDataArchive(directory, digest(java, classpath));
    }

    /**
     * True if the fork can map the archive, or write one: a directory that cannot be made or written to (a
     * shared, read-only local repository) means a fork without an archive, not a failed run.
     */
    boolean usable() {
        if (Files.isRegularFile(archive)) {
            return Files.isReadable(archive);
        }
        try {
            Files.createDirectories(directory);
        } catch (IOException | RuntimeException e) {
            return false;
        }
        return Files.isWritable(directory);
    }

    /** The options that map the archive, or that dump it at exit when there is none yet. */
    List<String> jvmArgs() {
        if (Files.isRegularFile(archive)) {
            return List.of("-XX:SharedArchiveFile=" + archive);
        }
        return List.of("-XX:ArchiveClassesAtExit=" + dumping);
    }

    /**
     * After a fork: keeps the archive it dumped (under its final name) and deletes older ones; after a failed
     * fork, only what it left half-written.
     */
    void afterFork(boolean succeeded) {
        if (!Files.exists(dumping)) {
            return;
        }
        try {
            if (succeeded && Files.size(dumping) > 0) {
                Files.move(dumping, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                deleteOthers();
            } else {
                Files.deleteIfExists(dumping);
            }
        } catch (IOException e) {
            // An archive only saves time: without one the next fork dumps it again.
        }
    }

    private void deleteOthers() throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, PREFIX + "*" + SUFFIX)) {
            for (Path file : files) {
                if (!file.equals(archive)) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    private static String digest(Path java, List<Path> classpath) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            update(digest, java.toAbsolutePath().normalize() + "|" + Runtime.version());
            for (Path entry : classpath) {
                update(digest, "|" + entry.toAbsolutePath().normalize());
                try {
                    BasicFileAttributes attributes = Files.readAttributes(entry, BasicFileAttributes.class);
                    update(digest, ":" + attributes.size() + ":" + attributes.lastModifiedTime().toMillis());
                } catch (IOException e) {
                    update(digest, ":missing");
                }
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JDK", e);
        }
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
    }
}
