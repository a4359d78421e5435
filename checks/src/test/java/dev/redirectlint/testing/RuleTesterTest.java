package dev.redirectlint.testing;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.redirectlint.rules.NonGet302Rule;
import org.junit.jupiter.api.Test;

/** The tester must fail both ways: a marker without a finding, and a finding without a marker. */
class RuleTesterTest {

    private static final String SOURCE = """
            import org.springframework.stereotype.Controller;
            import org.springframework.web.bind.annotation.PostMapping;

            @Controller
            class C {
                @PostMapping("/a") String a() { return "redirect:/x"; } MARK_A
                @PostMapping("/b") String b() { return "page"; } MARK_B
            }
            """;

    @Test
    void failsOnAnUnmarkedFinding() {
        assertThatThrownBy(() -> RuleTester.forRule(NonGet302Rule.ID)
                .source(SOURCE.replace("MARK_A", "").replace("MARK_B", "")).check())
                .hasMessageContaining("line 6: unexpected finding");
    }

    @Test
    void failsOnAMarkerWithoutAFinding() {
        assertThatThrownBy(() -> RuleTester.forRule(NonGet302Rule.ID)
                .source(SOURCE.replace("MARK_A", "// finding").replace("MARK_B", "// finding")).check())
                .hasMessageContaining("line 7: expected 1 finding(s), got 0");
    }

    @Test
    void failsWhenTheMessageLacksTheExpectedText() {
        assertThatThrownBy(() -> RuleTester.forRule(NonGet302Rule.ID)
                .source(SOURCE.replace("MARK_A", "// finding: accepts PUT").replace("MARK_B", "")).check())
                .hasMessageContaining("no message contains 'accepts PUT'");
    }
}
