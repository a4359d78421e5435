package dev.redirectlint.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The text parsed is the text scanned: a file saved in between is not parsed with the old facts. */
class SourceReaderTest {

    @TempDir
    Path dir;

    private final SourceReader reader = new SourceReader(LintConfig.defaults());

    @Test
    void givesTheTextWhileTheFileIsAsScanned() throws IOException {
        Path file = Files.writeString(dir.resolve("A.java"), "class A {}\n");
        String hash = reader.read(file, Map.of()).hash();
        assertThat(reader.text(file, Map.of(), hash)).isEqualTo("class A {}\n");
    }

    @Test
    void refusesAFileSavedBetweenItsScanAndItsParse() throws IOException {
        Path file = Files.writeString(dir.resolve("A.java"), "class A {}\n");
        String hash = reader.read(file, Map.of()).hash();
        Files.writeString(file, "class A { int saved; }\n");
        assertThatThrownBy(() -> reader.text(file, Map.of(), hash))
                .isInstanceOf(SourceReader.ChangedSinceScanned.class)
                .hasMessageContaining("changed while it was being analysed");
    }
}
