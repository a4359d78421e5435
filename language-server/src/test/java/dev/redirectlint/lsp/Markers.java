package dev.redirectlint.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.lsp4j.Diagnostic;

/**
 * Expected findings written beside the lines, as the rule tests write them: {@code // finding: <text>} means
 * one diagnostic on that line whose message contains the text; a line without a marker has none.
 */
final class Markers {

    private static final String MARKER = "// finding:";

    private Markers() {}

    /** The expected text by 0-based line. */
    static Map<Integer, String> of(String source) {
        Map<Integer, String> expected = new TreeMap<>();
        String[] lines = source.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int at = lines[i].indexOf(MARKER);
            if (at >= 0) {
                expected.put(i, lines[i].substring(at + MARKER.length()).trim());
            }
        }
        return expected;
    }

    static void assertMatch(String source, List<Diagnostic> diagnostics) {
        Map<Integer, String> expected = of(source);
        Map<Integer, String> actual = new TreeMap<>();
        diagnostics.forEach(d -> actual.merge(d.getRange().getStart().getLine(), d.getMessage(), (a, b) -> a + " | " + b));
        assertThat(actual.keySet()).as("lines with diagnostics; got " + actual).isEqualTo(expected.keySet());
        expected.forEach((line, text) -> assertThat(actual.get(line)).as("line " + (line + 1)).contains(text));
    }
}
