package dev.redirectlint.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redirectlint.api.Finding;
import dev.redirectlint.api.LintResult;
import dev.redirectlint.api.ProcessingError;
import dev.redirectlint.api.Region;
import dev.redirectlint.api.Severity;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class CheckstyleXmlReportTest {

    @TempDir
    Path base;

    private Finding finding(String file, Severity severity, int line, String message) {
        return new Finding("non-get-302", severity, message, base.resolve(file), new Region(line, 16, line, 33, 0, 18),
                "OrderController#create", "view", List.of(), List.of());
    }

    private static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static Element error(Document document, int index) {
        return (Element) document.getElementsByTagName("error").item(index);
    }

    @Test
    void writesTheCheckstyleResultLayout() throws Exception {
        LintResult result = new LintResult(List.of(finding("src/B.java", Severity.WARNING, 11, "first"),
                finding("src/A.java", Severity.INFO, 3, "second"), finding("src/B.java", Severity.ERROR, 20, "third")),
                List.of(), 2);

        Document document = parse(new CheckstyleXmlReport("1.2.3").render(result));

        Element root = document.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("checkstyle");
        assertThat(root.getAttribute("version")).isEqualTo("1.2.3");
        NodeList files = document.getElementsByTagName("file");
        assertThat(files.getLength()).isEqualTo(2);
        assertThat(((Element) files.item(0)).getAttribute("name")).isEqualTo(base.resolve("src/A.java").toString());
        Element first = error(document, 1);
        assertThat(first.getAttribute("line")).isEqualTo("11");
        assertThat(first.getAttribute("column")).isEqualTo("16");
        assertThat(first.getAttribute("severity")).isEqualTo("warning");
        assertThat(first.getAttribute("message")).isEqualTo("first");
        assertThat(first.getAttribute("source")).isEqualTo("redirect-lint.non-get-302");
        assertThat(error(document, 0).getAttribute("severity")).isEqualTo("info");
        assertThat(error(document, 2).getAttribute("severity")).isEqualTo("error");
    }

    @Test
    void writesAFileThatCouldNotBeAnalysedAsAnError() throws Exception {
        LintResult result = new LintResult(List.of(),
                List.of(new ProcessingError(base.resolve("Broken.java"), 5, 2, "syntax error: x"),
                        new ProcessingError(base.resolve("Unreadable.java"), 0, 0, "cannot be read")), 2);

        Document document = parse(new CheckstyleXmlReport("1").render(result));

        Element parse = error(document, 0);
        assertThat(parse.getAttribute("line")).isEqualTo("5");
        assertThat(parse.getAttribute("column")).isEqualTo("2");
        assertThat(parse.getAttribute("severity")).isEqualTo("error");
        assertThat(parse.getAttribute("source")).isEqualTo(CheckstyleXmlReport.PARSE_ERROR_SOURCE);
        assertThat(error(document, 1).hasAttribute("line")).as("no position").isFalse();
    }

    @Test
    void escapesMarkupAndQuotes() throws Exception {
        String message = "return \"redirect:/a?x=1&y=2\" <b>'quoted'</b> ]]> -->";
        String xml = new CheckstyleXmlReport("1").render(new LintResult(
                List.of(finding("A.java", Severity.WARNING, 1, message)), List.of(), 1));

        assertThat(error(parse(xml), 0).getAttribute("message")).isEqualTo(message);
        assertThat(xml).contains("&amp;y=2").contains("&lt;b&gt;").contains("&quot;redirect:");
    }

    @Test
    void replacesCharactersXmlCannotHoldAndKeepsEveryOther() throws Exception {
        String message = "nul\u0000 bell\u0007 esc\u001b ff\u000c lone\uD800 fffe\uFFFE smile\uD83D\uDE00 é 中";
        String xml = new CheckstyleXmlReport("1").render(new LintResult(
                List.of(finding("A.java", Severity.WARNING, 1, message)), List.of(), 1));

        assertThat(error(parse(xml), 0).getAttribute("message"))
                .isEqualTo("nul\uFFFD bell\uFFFD esc\uFFFD ff\uFFFD lone\uFFFD fffe\uFFFD smile\uD83D\uDE00 é 中");
    }

    @Test
    void turnsLineBreaksAndTabsIntoSpacesAsAParserWould() throws Exception {
        String xml = new CheckstyleXmlReport("1").render(new LintResult(
                List.of(finding("A.java", Severity.WARNING, 1, "a\r\nb\nc\rd\te")), List.of(), 1));

        assertThat(error(parse(xml), 0).getAttribute("message")).isEqualTo("a b c d e");
    }

    @Test
    void escapesFileNames() throws Exception {
        Path odd = base.resolve("dir & <x>").resolve("Q\"uote's.java");
        Finding finding = new Finding("non-get-302", Severity.WARNING, "m", odd, new Region(1, 1, 1, 1, 0, 1),
                "A#b", "view", List.of(), List.of());

        Document document = parse(new CheckstyleXmlReport("1").render(new LintResult(List.of(finding), List.of(), 1)));

        assertThat(((Element) document.getElementsByTagName("file").item(0)).getAttribute("name"))
                .isEqualTo(odd.toString());
    }

    @Test
    void writesAnEmptyReportForACleanRun() throws Exception {
        Document document = parse(new CheckstyleXmlReport("1").render(new LintResult(List.of(), List.of(), 3)));

        assertThat(document.getElementsByTagName("file").getLength()).isZero();
    }

    @Test
    void writesUtf8AndReplacesTheFile() throws IOException {
        Path target = base.resolve("target/reports/redirect-lint-checkstyle.xml");
        CheckstyleXmlReport report = new CheckstyleXmlReport("1");
        report.write(new LintResult(List.of(finding("A.java", Severity.WARNING, 1, "first é")), List.of(), 1), target);
        report.write(new LintResult(List.of(finding("A.java", Severity.WARNING, 1, "second é")), List.of(), 1), target);

        String text = Files.readString(target, StandardCharsets.UTF_8);
        assertThat(text).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>").contains("second é")
                .doesNotContain("first");
        try (var files = Files.list(target.getParent())) {
            assertThat(files).hasSize(1);
        }
    }
}
