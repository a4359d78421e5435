package dev.redirectlint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redirectlint.api.RuleInfo;
import dev.redirectlint.engine.Rules;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** Catalogue checks: every rule is complete and consistent. */
class AllRulesTest {

    @Test
    void ruleIdsAreTheDocumentedOnes() {
        assertThat(Rules.ids()).containsExactly("non-get-302", "any-method-302", "non-get-301", "redirect-without-location");
    }

    @Test
    void everyRuleHasMetadataAMessageAndATest() throws Exception {
        ResourceBundle messages = ResourceBundle.getBundle("dev.redirectlint.rules.messages", Locale.ROOT);
        for (var rule : Rules.all()) {
            RuleInfo info = rule.info();
            assertThat(info.id()).matches("[a-z0-9]+(-[a-z0-9]+)*");
            assertThat(info.summary()).isNotBlank().doesNotEndWith(".");
            assertThat(info.description()).isNotBlank().endsWith(".");
            assertThat(messages.containsKey(info.id())).as("message for " + info.id()).isTrue();
            String prefix = rule.getClass().getSimpleName().replace("Rule", "");
            try (var tests = Files.list(Path.of(AllRulesTest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .resolve("dev/redirectlint/rules"))) {
                assertThat(tests.map(p -> p.getFileName().toString())
                        .filter(name -> name.startsWith(prefix) && name.endsWith("Test.class")))
                        .as("a test class for " + rule.getClass().getSimpleName()).isNotEmpty();
            }
        }
    }
}
