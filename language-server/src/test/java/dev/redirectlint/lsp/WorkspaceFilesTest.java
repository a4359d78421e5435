package dev.redirectlint.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceFilesTest {

    @TempDir
    Path workspace;

    /** Vert.x's OpenAPI contracts are found below each module, as the plugin finds them; not under target. */
    @Test
    void theCandidateOpenApiContractsOfEachModuleAreFound() throws IOException {
        for (String file : List.of("pom.xml", "api/pom.xml", "api/src/main/resources/petstore.yaml", "api/openapi.json",
                "api/package.json", "api/target/classes/petstore.yaml", "api/src/test/resources/openapi.yaml")) {
            Path path = workspace.resolve(file);
            Files.createDirectories(path.getParent());
            Files.writeString(path, "openapi: 3.0.0");
        }

        List<Path> config = WorkspaceFiles.scan(List.of(workspace)).configFiles();

        assertThat(config).containsExactlyInAnyOrder(workspace.resolve("api/src/main/resources/petstore.yaml"),
                workspace.resolve("api/openapi.json"));
    }

    /** The homes' files (Play's routes, Faces' views) are found as the plugin finds them, ** matching no directory too. */
    @Test
    void theFilesTheHomesNameAreConfigurationFilesOfTheirModule() throws IOException {
        for (String file : List.of("pom.xml", "conf/routes", "web/pom.xml", "web/src/main/webapp/index.xhtml",
                "web/src/main/webapp/orders/list.xhtml", "web/src/main/resources/beans.xml", "web/docs/page.xhtml")) {
            Path path = workspace.resolve(file);
            Files.createDirectories(path.getParent());
            Files.writeString(path, "<x/>");
        }

        List<Path> config = WorkspaceFiles.scan(List.of(workspace)).configFiles();

        assertThat(config).containsExactlyInAnyOrder(workspace.resolve("conf/routes"),
                workspace.resolve("web/src/main/webapp/index.xhtml"), workspace.resolve("web/src/main/webapp/orders/list.xhtml"),
                workspace.resolve("web/src/main/resources/beans.xml"));
    }
}
