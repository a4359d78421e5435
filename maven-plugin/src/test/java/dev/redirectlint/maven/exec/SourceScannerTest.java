package dev.redirectlint.maven.exec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceScannerTest {

    @TempDir
    Path root;

    @BeforeEach
    void createSources() throws IOException {
        for (String file : List.of("Top.java", "shop/OrderController.java", "shop/web/Forms.java",
                "generated/Api.java", "shop/generated/Client.java", "shop/notes.txt", ".git/Hidden.java")) {
            Path path = root.resolve(file);
            Files.createDirectories(path.getParent());
            Files.writeString(path, "class X {}");
        }
    }

    private List<String> scan(List<String> includes, List<String> excludes) {
        return SourceScanner.scan(List.of(root), includes, excludes).stream()
                .map(path -> root.relativize(path).toString().replace('\\', '/'))
                .toList();
    }

    @Test
    void findsEveryJavaFileByDefaultIncludingTheRootDirectory() {
        assertThat(scan(List.of("**/*.java"), List.of())).containsExactly(
                "Top.java", "generated/Api.java", "shop/OrderController.java", "shop/generated/Client.java",
                "shop/web/Forms.java");
    }

    @Test
    void leadingDoubleStarAlsoMatchesNoDirectory() {
        assertThat(scan(List.of("**/*.java"), List.of("**/generated/**")))
                .containsExactly("Top.java", "shop/OrderController.java", "shop/web/Forms.java");
    }

    @Test
    void patternsAreRelativeToTheSourceRoot() {
        assertThat(scan(List.of("shop/*.java"), List.of())).containsExactly("shop/OrderController.java");
        assertThat(scan(List.of("**/*.java"), List.of("shop/**"))).containsExactly("Top.java", "generated/Api.java");
    }

    @Test
    void onlyReturnsJavaFiles() {
        assertThat(scan(List.of("shop/*"), List.of())).containsExactly("shop/OrderController.java");
    }

    @Test
    void configFilesAreMatchedWhateverTheirNamesEndWith() throws IOException {
        for (String file : List.of("conf/routes", "conf/admin.routes", "conf/application.conf", "app/conf/routes")) {
            Path path = root.resolve(file);
            Files.createDirectories(path.getParent());
            Files.writeString(path, "GET / controllers.Home.index()");
        }
        assertThat(SourceScanner.configFiles(root, List.of("conf/routes", "conf/*.routes")).stream()
                .map(path -> root.relativize(path).toString().replace('\\', '/')))
                .containsExactly("conf/admin.routes", "conf/routes");
        assertThat(SourceScanner.configFiles(root.resolve("missing"), List.of("conf/routes"))).isEmpty();
        assertThat(SourceScanner.configFiles(root, List.of())).isEmpty();
    }

    @Test
    void skipsMissingRootsAndReturnsNestedFilesOnce() {
        List<Path> files = SourceScanner.scan(
                List.of(root.resolve("missing"), root.resolve("shop"), root), List.of("**/*.java"), List.of());

        assertThat(files).hasSize(5).doesNotHaveDuplicates().allMatch(Path::isAbsolute);
        assertThat(files.get(0)).isEqualTo(root.resolve("shop/OrderController.java"));
    }
}
