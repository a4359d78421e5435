package dev.redirectlint.frameworks.vertx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading OpenAPI contracts: what counts as one, and files that must not hurt. */
class OpenApiContractsTest {

    @TempDir
    Path directory;

    @Test
    void readsEveryOperationWithItsMethod() throws IOException {
        Path contract = write("api.yml", """
                openapi: 3.1
                paths:
                  /a:
                    get: {operationId: readA}
                    trace: {operationId: traceA}
                    summary: not an operation
                    parameters: []
                  /b:
                    head: {operationId: headB}
                    options: {}
                """);

        assertThat(OpenApiContracts.read(List.of(contract))).contains(new OpenApiOperations(new java.util.TreeMap<>(
                Map.of("readA", Set.of("GET"), "traceA", Set.of("TRACE"), "headB", Set.of("HEAD")))));
    }

    @Test
    void filesThatAreNotContractsGiveNothing() throws IOException {
        List<Path> files = List.of(
                write("empty.yaml", ""),
                write("list.yaml", "- openapi: 3.0.0\n"),
                write("swagger.json", "{\"swagger\": \"2.0\", \"paths\": {}}"),
                write("broken.yaml", "openapi: 3.0.0\npaths: [\n"),
                write("broken.json", "{\"openapi\": \"3.0.0\", "),
                write("latin1.yaml", new byte[] {'o', 'p', 'e', 'n', 'a', 'p', 'i', ':', ' ', (byte) 0xE9}),
                directory.resolve("missing.yaml"));

        assertThat(OpenApiContracts.read(files)).isEmpty();
    }

    /** SnakeYAML builds no class a document names: a global tag is refused, and the file is not a contract. */
    @Test
    void aTagNamingAClassIsRefused() throws IOException {
        Path file = write("evil.yaml", """
                openapi: 3.0.0
                paths: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://x/"]]]]
                """);

        assertThat(OpenApiContracts.contract(file)).isEmpty();
    }

    /**
     * A billion laughs is refused at SnakeYAML's bound on aliases, deep nesting at the parsers' bounds on depth: the
     * files, whose paths are valid, give nothing, and nothing throws.
     */
    @Test
    void aliasBombsAndDeepNestingAreBounded() throws IOException {
        String paths = "paths: {/p: {post: {operationId: op}}}\n";
        StringBuilder bomb = new StringBuilder("openapi: 3.0.0\n" + paths + "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 30; i++) {
            bomb.append('a').append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 10; j++) {
                bomb.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            bomb.append("]\n");
        }
        String deep = "openapi: 3.0.0\n" + paths + "x-deep: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n";
        String deepJson = "{\"openapi\": \"3.0.0\", \"paths\": {\"/p\": {\"post\": {\"operationId\": \"op\"}}}, "
                + "\"x-deep\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}";

        assertThat(OpenApiContracts.read(List.of(write("bomb.yaml", bomb.toString()), write("deep.yaml", deep),
                write("deep.json", deepJson)))).isEmpty();
        assertThat(OpenApiContracts.read(List.of(write("plain.yaml", "openapi: 3.0.0\n" + paths)))).isPresent();
    }

    @Test
    void aFileLargerThanTheBoundIsNotRead() throws IOException {
        String operations = "  /p%d:\n    post: {operationId: op%d}\n";
        StringBuilder large = new StringBuilder("openapi: 3.0.0\npaths:\n");
        for (int i = 0; large.length() <= OpenApiContracts.MAX_BYTES; i++) {
            large.append(operations.formatted(i, i));
        }

        Optional<OpenApiOperations> read = OpenApiContracts.read(List.of(write("large.yaml", large.toString())));

        assertThat(read).isEmpty();
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(directory.resolve(name), text);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(directory.resolve(name), bytes);
    }
}
