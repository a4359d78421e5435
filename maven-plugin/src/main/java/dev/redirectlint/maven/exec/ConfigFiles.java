package dev.redirectlint.maven.exec;

import dev.redirectlint.engine.FrameworkFiles;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The files besides Java the engine reads: the XML under the resource roots (Spring bean definitions), and the
 * framework homes' own files under the module's base directory (Facelets views in {@code src/main/webapp}).
 */
final class ConfigFiles {

    private ConfigFiles() {}

    static List<Path> of(List<Path> resourceRoots, Path moduleDirectory) {
        Set<Path> files = new LinkedHashSet<>(SourceScanner.scanFiles(resourceRoots, List.of("**/*.xml")));
        files.addAll(SourceScanner.scanFiles(List.of(moduleDirectory), FrameworkFiles.patterns()));
        return List.copyOf(files);
    }
}
