package dev.redirectlint.maven.exec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.codehaus.plexus.util.DirectoryScanner;

/**
 * Finds the {@code .java} files under source roots with Ant-style patterns ({@code *}, {@code ?},
 * {@code **}; a leading {@code **}{@code /} also matches no directory at all), relative to each root,
 * using plexus-utils' {@link DirectoryScanner} as most Maven plugins do. Version-control folders
 * ({@code .git}, {@code .svn}, ...) are always excluded.
 */
public final class SourceScanner {

    private SourceScanner() {}

    /**
     * The matching files as absolute, normalised paths: roots in the order given, files of a root sorted,
     * each file once even if roots nest.
     */
    public static List<Path> scan(List<Path> roots, List<String> includes, List<String> excludes) {
        Set<Path> files = new LinkedHashSet<>();
        Set<Path> realFiles = new HashSet<>();
        for (Path root : roots) {
            Path absoluteRoot = root.toAbsolutePath().normalize();
            if (!Files.isDirectory(absoluteRoot)) {
                continue;
            }
            DirectoryScanner scanner = new DirectoryScanner();
            scanner.setBasedir(absoluteRoot.toFile());
            scanner.setIncludes(includes.toArray(new String[0]));
            scanner.setExcludes(excludes.toArray(new String[0]));
            scanner.addDefaultExcludes();
            scanner.scan();
            List<Path> found = new ArrayList<>();
            for (String relative : scanner.getIncludedFiles()) {
                if (relative.endsWith(".java")) {
                    found.add(absoluteRoot.resolve(relative).normalize());
                }
            }
            found.sort(null);
            for (Path file : found) {
                // A directory link that loops makes the scanner list the same files again under
                // loop/loop/...: keep each real file once.
                if (realFiles.add(realPath(file))) {
                    files.add(file);
                }
            }
        }
        return List.copyOf(files);
    }

    private static Path realPath(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException | RuntimeException e) {
            return file; // unreadable or a broken link: the engine reports it
        }
    }
}
