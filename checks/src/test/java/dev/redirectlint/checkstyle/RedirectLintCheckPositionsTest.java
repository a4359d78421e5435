package dev.redirectlint.checkstyle;

import static dev.redirectlint.checkstyle.InlineConfigChecker.input;
import static dev.redirectlint.checkstyle.InlineConfigChecker.verify;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.puppycrawl.tools.checkstyle.DefaultConfiguration;
import dev.redirectlint.checkstyle.InlineConfigChecker.Reported;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lines and columns as Checkstyle users see them: Checkstyle's lines, and its 1-based columns with tabs
 * expanded to the Checker's {@code tabWidth}, exactly as a TreeWalker check's {@code log(line, col)}
 * would place them; and the text is the one Checkstyle decoded with its {@code charset}.
 */
class RedirectLintCheckPositionsTest {

    private static final String CONTROLLER = String.join("\n",
            "import org.springframework.stereotype.Controller;",
            "import org.springframework.web.bind.annotation.PostMapping;",
            "",
            "@Controller",
            "class C {",
            "    @PostMapping(\"/a\")",
            "    String cr\u00e9er() {",
            "        String s = \"\u00e9t\u00e9\"; return \"redirect:/a\";",
            "    }",
            "}",
            "");

    /** Line 8, just after {@code String s = "été"; return }: no tabs, so the character index plus one. */
    private static final int COLUMN = CONTROLLER.lines().toList().get(7).indexOf("\"redirect:/a\"") + 1;

    @TempDir
    Path dir;

    @Test
    void columnsExpandTabsToTheDefaultTabWidth() throws Exception {
        List<Reported> reported = verify("InputRedirectLintTabs.java");

        // "\t\treturn ": 2 tabs to 16, 7 characters to 23; "\t  \treturn ": tab 8, 2 spaces 10, tab 16, 23;
        // "\tString c() {\treturn ": tab 8, 12 characters 20, tab 24, 7 characters 31.
        assertThat(reported).extracting(Reported::line, Reported::column)
                .containsExactly(tuple(12, 24), tuple(17, 24),
                        tuple(21, 32));
    }

    @Test
    void columnsFollowTheCheckersTabWidth() throws Exception {
        File file = input("InputRedirectLintTabs.java");
        DefaultConfiguration config = InlineConfigChecker.configuration(file, Files.readString(file.toPath()));
        config.addProperty("tabWidth", "4");

        assertThat(InlineConfigChecker.run(config, file)).extracting(Reported::column).containsExactly(16, 16, 28);
    }

    @Test
    void lineEndingsAreCountedAsCheckstyleCountsThem() throws Exception {
        for (String separator : List.of("\n", "\r\n", "\r")) {
            Path file = write("C.java", CONTROLLER.replace("\n", separator), StandardCharsets.UTF_8);

            assertThat(run(file, "UTF-8")).as("lines separated by %s", separator.replace("\r", "CR").replace("\n", "LF"))
                    .extracting(Reported::line, Reported::column)
                    .containsExactly(tuple(8, COLUMN));
        }
    }

    @Test
    void aByteOrderMarkIsACharacterOfCheckstylesFirstLine() throws Exception {
        String line = "\uFEFF@org.springframework.stereotype.Controller class C { "
                + "@org.springframework.web.bind.annotation.PostMapping(\"/a\") String a() { return \"redirect:/a\"; } }";
        Path file = write("C.java", line + "\n", StandardCharsets.UTF_8);

        assertThat(run(file, "UTF-8")).extracting(Reported::line, Reported::column)
                .containsExactly(tuple(1, line.indexOf("\"redirect:/a\"") + 1));
    }

    @Test
    void analysesTheTextCheckstyleDecodedWithItsCharset() throws Exception {
        Path file = write("C.java", CONTROLLER, StandardCharsets.ISO_8859_1);

        List<Reported> reported = run(file, "ISO-8859-1");

        assertThat(reported).singleElement().satisfies(violation -> {
            assertThat(violation.message()).startsWith("C#cr\u00e9er accepts POST but answers 302 Found");
            assertThat(violation.line()).isEqualTo(8);
            assertThat(violation.column()).isEqualTo(COLUMN);
        });
    }

    private Path write(String name, String text, java.nio.charset.Charset charset) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, text.getBytes(charset));
        return file;
    }

    private static List<Reported> run(Path file, String charset) throws Exception {
        DefaultConfiguration config = new DefaultConfiguration("Checker");
        config.addProperty("charset", charset);
        config.addChild(new DefaultConfiguration("RedirectLint"));
        return InlineConfigChecker.run(config, file.toFile());
    }
}
