package dev.redirectlint.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.redirectlint.api.Finding;
import dev.redirectlint.api.Fix;
import dev.redirectlint.api.Region;
import dev.redirectlint.api.Severity;
import dev.redirectlint.api.TextEdit;
import dev.redirectlint.engine.LintConfig;
import dev.redirectlint.engine.RedirectLint;
import dev.redirectlint.apply.SourceFixer.FileFix;
import dev.redirectlint.apply.SourceFixer.Plan;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceFixerTest {

    private static final String CONTROLLER = """
            package shop;

            import org.springframework.stereotype.Controller;
            import org.springframework.web.bind.annotation.*;

            @Controller
            class OrderController {
                @PostMapping("/a") String a() { return "redirect:/a"; }  // é

                @PostMapping("/b") String b() { return "redirect:/b"; }
            }
            """;

    private static final String FIXED = """
            package shop;

            import org.springframework.http.HttpStatus;
            import org.springframework.stereotype.Controller;
            import org.springframework.web.bind.annotation.*;

            @Controller
            class OrderController {
                @ResponseStatus(HttpStatus.SEE_OTHER)
                @PostMapping("/a") String a() { return "redirect:/a"; }  // é

                @ResponseStatus(HttpStatus.SEE_OTHER)
                @PostMapping("/b") String b() { return "redirect:/b"; }
            }
            """;

    @TempDir
    Path dir;

    private static SourceFixer fixer(Charset charset) {
        return new SourceFixer(new RedirectLint(LintConfig.builder().encoding(charset).threads(1).build()));
    }

    @Test
    void appliesEveryFindingOfAFileInOneWriteAndASecondRunChangesNothing() throws IOException {
        Path file = write("OrderController.java", CONTROLLER, StandardCharsets.UTF_8);
        SourceFixer fixer = fixer(StandardCharsets.UTF_8);

        Plan plan = fixer.plan(List.of(file));
        assertThat(plan.changes()).hasSize(1);
        FileFix change = plan.changes().get(0);
        assertThat(change.applied()).hasSize(2);
        assertThat(change.fixed()).isEqualTo(FIXED);
        List<Path> written = new java.util.ArrayList<>();
        SourceFixer.write(change, (path, hash, bytes) -> {
            written.add(path);
            SourceFixer.ATOMIC.write(path, hash, bytes);
        });
        assertThat(written).containsExactly(file);
        assertThat(Files.readString(file)).isEqualTo(FIXED);

        Plan again = fixer.plan(List.of(file));
        assertThat(again.changes()).isEmpty();
        assertThat(again.result().findings()).isEmpty();
        assertThat(Files.list(dir)).containsExactly(file);
    }

    @Test
    void keepsTheEncodingAndTheByteOrderMark() throws IOException {
        Charset latin1 = StandardCharsets.ISO_8859_1;
        Path file = write("OrderController.java", CONTROLLER, latin1);
        FileFix change = fixer(latin1).plan(List.of(file)).changes().get(0);
        SourceFixer.write(change, SourceFixer.ATOMIC);
        assertThat(Files.readAllBytes(file)).isEqualTo(FIXED.getBytes(latin1));

        Path bom = write("Bom.java", "\uFEFF" + CONTROLLER.replace("\n", "\r\n"), StandardCharsets.UTF_8);
        FileFix bomChange = fixer(StandardCharsets.UTF_8).plan(List.of(bom)).changes().get(0);
        SourceFixer.write(bomChange, SourceFixer.ATOMIC);
        byte[] bytes = Files.readAllBytes(bom);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("\uFEFF" + FIXED.replace("\n", "\r\n"));
        assertThat(bytes[0]).isEqualTo((byte) 0xEF);
    }

    @Test
    void aLittleEndianUtf16FileStaysLittleEndianWithItsMark() throws IOException {
        Charset utf16 = StandardCharsets.UTF_16;
        byte[] mark = {(byte) 0xFF, (byte) 0xFE};
        Path file = dir.resolve("OrderController.java");
        Files.write(file, concat(mark, CONTROLLER.getBytes(StandardCharsets.UTF_16LE)));
        FileFix change = fixer(utf16).plan(List.of(file)).changes().get(0);
        SourceFixer.write(change, SourceFixer.ATOMIC);
        assertThat(Files.readAllBytes(file)).isEqualTo(concat(mark, FIXED.getBytes(StandardCharsets.UTF_16LE)));

        Path bigEndian = dir.resolve("Big.java");
        Files.write(bigEndian, CONTROLLER.getBytes(StandardCharsets.UTF_16BE)); // no mark: the decoder's default
        SourceFixer.write(fixer(utf16).plan(List.of(bigEndian)).changes().get(0), SourceFixer.ATOMIC);
        assertThat(Files.readAllBytes(bigEndian)).isEqualTo(FIXED.getBytes(StandardCharsets.UTF_16BE));
    }

    @Test
    void aFileChangedAfterTheAnalysisIsNotPlanned() throws IOException {
        Path file = write("OrderController.java", CONTROLLER, StandardCharsets.UTF_8);
        // The analysis saw one text (as an editor's buffer); the file on disk now holds another.
        Files.writeString(file, "// saved by an editor\n" + CONTROLLER);
        dev.redirectlint.engine.ProjectSources sources = dev.redirectlint.engine.ProjectSources.of(List.of(file))
                .withText(file, CONTROLLER);
        Plan plan = fixer(StandardCharsets.UTF_8).plan(sources);
        assertThat(plan.changes()).isEmpty();
        assertThat(plan.skipped()).hasSize(2).allSatisfy(s -> assertThat(s.reason()).contains("changed after it was analysed"));
    }

    @Test
    void manyFixesInOneLargeFileAreAllApplied() {
        StringBuilder text = new StringBuilder("class A {\n");
        List<Finding> findings = new java.util.ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            int at = text.length() + "  int x".length() + String.valueOf(i).length() + " = ".length();
            text.append("  int x").append(i).append(" = 302;\n");
            findings.add(finding(new Fix("f" + i, 303, List.of(new TextEdit(at, at + 3, "303")))));
        }
        text.append("}\n");
        FileFix fix = SourceFixer.fixText(Path.of("A.java"), text.toString(), findings);
        assertThat(fix.applied()).hasSize(20_000);
        assertThat(fix.fixed()).doesNotContain("= 302").contains("int x19999 = 303;");
    }

    private static final String FORM = """
            package shop;

            import org.springframework.stereotype.Controller;
            import org.springframework.web.bind.annotation.PostMapping;

            @Controller
            public class FormController {
                @PostMapping("/form")
                public String submit(boolean ok) {
                    return ok ? "redirect:/done" : "form";
                }
            }
            """;

    @Test
    void aFormHandlerThatATestCallsIsNotConverted() throws IOException {
        Path form = write("FormController.java", FORM, StandardCharsets.UTF_8);
        Path test = write("FormControllerTest.java", """
                package shop;

                class FormControllerTest {
                    void submits() {
                        FormController controller = new FormController();
                        assert controller.submit(true).equals("redirect:/done");
                    }
                }
                """, StandardCharsets.UTF_8);
        Plan plan = new SourceFixer(new RedirectLint(LintConfig.builder().threads(1).build()), List.of(test))
                .plan(List.of(form));
        assertThat(plan.changes()).isEmpty();
        assertThat(plan.skipped()).singleElement().satisfies(s -> assertThat(s.reason())
                .contains("changes the return type of shop.FormController#submit, which other code uses")
                .contains("FormControllerTest.java:6"));
    }

    @Test
    void aCallOfAnotherTypesMethodOfTheSameNameDoesNotStopTheConversion() throws IOException {
        Path form = write("FormController.java", FORM, StandardCharsets.UTF_8);
        Path other = write("Orders.java", """
                package shop;

                class Orders {
                    Queue queue;
                    void run(FormController unused) {
                        queue.submit(true);
                    }
                }
                """, StandardCharsets.UTF_8);
        Plan plan = new SourceFixer(new RedirectLint(LintConfig.builder().threads(1).build()), List.of(other))
                .plan(List.of(form));
        assertThat(plan.changes()).singleElement().satisfies(c -> assertThat(c.fixed())
                .contains("public ModelAndView submit(boolean ok)",
                        "return ok ? new ModelAndView(\"redirect:/done\", HttpStatus.SEE_OTHER) : new ModelAndView(\"form\");"));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void aFailingWriteLeavesTheOriginalFileIntact() throws IOException {
        Path file = write("OrderController.java", CONTROLLER, StandardCharsets.UTF_8);
        FileFix change = fixer(StandardCharsets.UTF_8).plan(List.of(file)).changes().get(0);
        assertThatThrownBy(() -> SourceFixer.write(change, (path, hash, bytes) -> {
            throw new IOException("disk full");
        })).hasMessage("disk full");
        assertThat(Files.readString(file)).isEqualTo(CONTROLLER);
    }

    @Test
    void aFileWithParseErrorsIsUntouched() throws IOException {
        Path file = write("Broken.java", CONTROLLER.replace("class OrderController {", "class OrderController {{"),
                StandardCharsets.UTF_8);
        Plan plan = fixer(StandardCharsets.UTF_8).plan(List.of(file));
        assertThat(plan.changes()).isEmpty();
        assertThat(plan.result().errors()).hasSize(1);
    }

    @Test
    void anOverlappingFixIsSkippedAndTheFirstApplied() {
        String text = "class A { int x = 302; }";
        int at = text.indexOf("302");
        Finding first = finding(new Fix("first", 303, List.of(new TextEdit(at, at + 3, "303"))));
        Finding second = finding(new Fix("second", 307, List.of(new TextEdit(at, at + 3, "307"))));
        Finding twin = finding(new Fix("same edit", 303, List.of(new TextEdit(at, at + 3, "303"))));
        Finding none = finding();

        FileFix fix = SourceFixer.fixText(Path.of("A.java"), text, List.of(first, second, twin, none));

        assertThat(fix.fixed()).isEqualTo("class A { int x = 303; }");
        assertThat(fix.applied()).extracting(Fix::description).containsExactly("first", "same edit");
        assertThat(fix.skipped()).extracting(s -> s.finding()).containsExactly(second, none);
        assertThat(fix.skipped().get(0).reason()).contains("overlaps");
        assertThat(fix.skipped().get(1).reason()).contains("no safe rewrite");
    }

    @Test
    void aFixWhoseResultDoesNotParseIsNotApplied() {
        String text = "class A { int x = 302; }";
        int at = text.indexOf("302");
        Finding broken = finding(new Fix("broken", 303, List.of(new TextEdit(at, at + 3, "303 +"))));
        FileFix fix = SourceFixer.fixText(Path.of("A.java"), text, List.of(broken));
        assertThat(fix.changed()).isFalse();
        assertThat(fix.skipped()).singleElement().satisfies(s -> assertThat(s.reason()).contains("would not parse"));
    }

    @Test
    void insertionsAtOneOffsetDoNotOverlap() {
        assertThat(clashes(TextEdit.insert(3, "a"), TextEdit.insert(3, "b"))).isFalse();
        assertThat(clashes(TextEdit.insert(3, "a"), new TextEdit(3, 5, "b"))).isFalse();
        assertThat(clashes(TextEdit.insert(5, "a"), new TextEdit(3, 5, "b"))).isFalse();
        assertThat(clashes(TextEdit.insert(4, "a"), new TextEdit(3, 5, "b"))).isTrue();
        assertThat(clashes(new TextEdit(3, 5, "a"), new TextEdit(4, 6, "b"))).isTrue();
        assertThat(clashes(new TextEdit(3, 5, "a"), new TextEdit(3, 5, "a"))).isFalse();
    }

    @Test
    void aClashIsFoundAmongManyTakenEdits() {
        TakenEdits taken = new TakenEdits();
        for (int i = 0; i < 1000; i++) {
            taken.add(new TextEdit(i * 10, i * 10 + 3, "x"));
            taken.add(TextEdit.insert(i * 10 + 5, "y"));
        }
        assertThat(taken.clashes(new TextEdit(4003, 4005, "z"))).isFalse();
        assertThat(taken.clashes(new TextEdit(4002, 4004, "z"))).isTrue();
        assertThat(taken.clashes(new TextEdit(4004, 4006, "z"))).isTrue();
        assertThat(taken.clashes(new TextEdit(3990, 4011, "z"))).isTrue();
        assertThat(taken.clashes(TextEdit.insert(4003, "z"))).isFalse();
    }

    /** Whether {@code a} clashes with {@code b}, both ways round. */
    private static boolean clashes(TextEdit a, TextEdit b) {
        TakenEdits first = new TakenEdits();
        first.add(b);
        TakenEdits second = new TakenEdits();
        second.add(a);
        assertThat(second.clashes(b)).as("symmetric").isEqualTo(first.clashes(a));
        return first.clashes(a);
    }

    private static Finding finding(Fix... fixes) {
        return new Finding("non-get-302", Severity.WARNING, "m", Path.of("A.java"), new Region(1, 1, 1, 1, 0, 0),
                "A#a", "x", List.of(), List.of(fixes));
    }

    private Path write(String name, String text, Charset charset) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, text.getBytes(charset));
        return file;
    }
}
