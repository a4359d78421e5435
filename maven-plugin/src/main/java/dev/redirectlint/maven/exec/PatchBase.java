package dev.redirectlint.maven.exec;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The directory a dry run's patch paths are relative to, and the command that applies it from there. In a
 * git work tree that is its top level: {@code git apply} reads paths from there, and run in a subdirectory it
 * silently skips every path outside it (a module's patch applied from the module did nothing). Outside git it
 * is the project directory.
 *
 * @param directory the base of the patch's paths
 * @param git true if it is the top of a git work tree
 */
record PatchBase(Path directory, boolean git) {

    static PatchBase of(Path projectDirectory) {
        Path project = projectDirectory.toAbsolutePath().normalize();
        // A .git directory, or a .git file in a linked work tree or a submodule, marks the top, as git looks for it.
        for (Path dir = project; dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(".git"))) {
                return new PatchBase(dir, true);
            }
        }
        return new PatchBase(project, false);
    }

    /** A command that applies the patch from any directory. */
    String applyCommand(Path patchFile) {
        String patch = patchFile.toAbsolutePath().normalize().toString();
        return git ? "git -C " + quote(directory.toString()) + " apply " + quote(patch)
                : "patch -p1 -d " + quote(directory.toString()) + " -i " + quote(patch);
    }

    private static String quote(String path) {
        return path.matches("[A-Za-z0-9_./:@%+=,-]+") ? path : "'" + path.replace("'", "'\\''") + "'";
    }
}
