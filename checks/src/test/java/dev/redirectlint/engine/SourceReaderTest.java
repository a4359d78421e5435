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

    @Test
    void aFileWithAUnicodeEscapeIsScannedAsTheCompilerReadsIt() throws IOException {
        Path escaped = Files.writeString(dir.resolve("A.java"), "class A { void \\u0073endRedirect() {} }\n");
        Path plain = Files.writeString(dir.resolve("B.java"), "class A { void sendRedirect() {} }\n");

        assertThat(memberNames(reader.scan(escaped, Map.of()))).isEqualTo(memberNames(reader.scan(plain, Map.of())))
                .containsExactly("sendRedirect");
    }

    private static java.util.List<String> memberNames(SourceReader.Scan scan) {
        return scan.scan().facts().types().get(0).members().stream().map(member -> member.name()).toList();
    }
}
