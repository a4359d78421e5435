package dev.redirectlint.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs a main class of the test class path in a JVM of a user without privileges: what a test of
 * permissions needs, since root reads and writes everything. Under root (as CI runs) the child drops to
 * the numeric uid and gid {@value #UID} with {@code setpriv}; no account of that id needs to exist. The class
 * path is copied to a world-readable directory first, because root's local Maven repository is not readable
 * by anyone else. Run as another user already, the child simply runs as that user.
 */
public final class UnprivilegedJvm {

    public static final int UID = 4242;

    private static Path readableClassPath;

    private UnprivilegedJvm() {}

    /** What the child printed and how it ended. */
    public record Result(int exitCode, String output) {}

    public static boolean runningAsRoot() {
        try {
            return ((Number) Files.getAttribute(Path.of("/proc/self"), "unix:uid")).intValue() == 0;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    /** Makes a test's directory (JUnit creates it 0700) reachable and readable by the child's user. */
    public static void openToOthers(Path directory) throws IOException {
        Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    public static synchronized Result run(Class<?> mainClass, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        String classPath = System.getProperty("java.class.path");
        if (runningAsRoot()) {
            command.addAll(List.of("setpriv", "--reuid=" + UID, "--regid=" + UID, "--clear-groups"));
            classPath = readableCopy(classPath);
        }
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Xshare:off", "-cp", classPath, mainClass.getName()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("the unprivileged JVM did not finish: " + output);
        }
        return new Result(process.exitValue(), output);
    }

    /** The class path's entries copied once per test JVM to a directory everyone may read. */
    private static String readableCopy(String classPath) throws IOException {
        if (readableClassPath == null) {
            Path copy = Files.createTempDirectory("redirect-lint-unprivileged-cp");
            openToOthers(copy);
            int n = 0;
            for (String entry : classPath.split(java.io.File.pathSeparator)) {
                Path source = Path.of(entry);
                if (Files.exists(source)) {
                    copyTree(source, copy.resolve(n++ + "-" + source.getFileName()));
                }
            }
            readableClassPath = copy;
        }
        try (Stream<Path> entries = Files.list(readableClassPath)) {
            return String.join(java.io.File.pathSeparator, entries.sorted().map(Path::toString).toList());
        }
    }

    private static void copyTree(Path source, Path target) throws IOException {
        try (Stream<Path> all = Files.walk(source)) {
            all.forEach(path -> {
                Path to = target.resolve(source.relativize(path).toString());
                try {
                    Files.copy(path, to, StandardCopyOption.REPLACE_EXISTING);
                    Files.setPosixFilePermissions(to, PosixFilePermissions.fromString(
                            Files.isDirectory(to) ? "rwxr-xr-x" : "rw-r--r--"));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
