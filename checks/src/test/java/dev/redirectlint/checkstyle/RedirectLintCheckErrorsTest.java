package dev.redirectlint.checkstyle;

import static dev.redirectlint.checkstyle.InlineConfigChecker.input;
import static dev.redirectlint.checkstyle.InlineConfigChecker.verify;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.puppycrawl.tools.checkstyle.DefaultConfiguration;
import com.puppycrawl.tools.checkstyle.api.CheckstyleException;
import com.puppycrawl.tools.checkstyle.api.SeverityLevel;
import dev.redirectlint.checkstyle.InlineConfigChecker.Reported;
import java.io.File;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Bad configuration stops Checkstyle with a message naming the property; a file that does not parse is reported. */
class RedirectLintCheckErrorsTest {

    private static final File CLEAN = input("InputRedirectLintSelectedRules.java");
    private static final File BROKEN = input("InputRedirectLintParseError.java");

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            rules           | non-get-302, non-get-999    | Invalid RedirectLint configuration: Unknown rule id 'non-get-999' in rules; known rule ids: non-get-302, any-method-302, non-get-301, redirect-without-location
            disabledRules   | any-method                  | Invalid RedirectLint configuration: Unknown rule id 'any-method' in disabledRules
            preferredStatus | 302                         | Invalid RedirectLint configuration: preferredStatus must be 303 (See Other) or 307 (Temporary Redirect), not 302
            preferredStatus | see-other                   | illegal value 'see-other' for property 'preferredStatus'
            ruleSeverities  | non-get-302:error           | Invalid RedirectLint configuration: Invalid entry 'non-get-302:error' in ruleSeverities; write rule-id=severity, for example non-get-302=error
            ruleSeverities  | non-get-302=fatal           | Invalid RedirectLint configuration: Unknown severity 'fatal' for non-get-302 in ruleSeverities; use one of: ignore, info, warning, error
            ruleSeverities  | non-get-303=error           | Invalid RedirectLint configuration: Unknown rule id 'non-get-303' in ruleSeverities
            """)
    void rejectsABadValueNamingTheProperty(String property, String value, String message) {
        DefaultConfiguration module = new DefaultConfiguration("RedirectLint");
        module.addProperty(property, value);
        DefaultConfiguration config = new DefaultConfiguration("Checker");
        config.addChild(module);

        assertThatThrownBy(() -> InlineConfigChecker.run(config, CLEAN))
                .isInstanceOf(CheckstyleException.class)
                .hasMessageStartingWith("cannot initialize module RedirectLint - ")
                .hasMessageContaining(message);
    }

    @Test
    void aFileThatDoesNotParseStopsCheckstyleLikeATreeWalkerParseErrorByDefault() {
        DefaultConfiguration config = new DefaultConfiguration("Checker");
        config.addChild(new DefaultConfiguration("RedirectLint"));

        assertThatThrownBy(() -> InlineConfigChecker.run(config, BROKEN))
                .isInstanceOf(CheckstyleException.class)
                .hasMessage("Exception was thrown while processing " + BROKEN.getPath())
                .cause()
                .isInstanceOf(CheckstyleException.class)
                .hasMessageStartingWith("RedirectLint cannot parse " + BROKEN.getAbsolutePath() + ":[8,11] syntax error: ");
    }

    @Test
    void withHaltOnExceptionOffTheParseErrorIsCheckstylesExceptionViolation() throws Exception {
        DefaultConfiguration config = new DefaultConfiguration("Checker");
        config.addProperty("haltOnException", "false");
        config.addChild(new DefaultConfiguration("RedirectLint"));

        List<Reported> reported = InlineConfigChecker.run(config, BROKEN);

        assertThat(reported).singleElement().satisfies(violation -> {
            assertThat(violation.key()).isEqualTo("general.exception");
            assertThat(violation.message()).contains("RedirectLint cannot parse " + BROKEN.getAbsolutePath() + ":[8,11]");
        });
    }

    @Test
    void skipFileOnJavaParseExceptionReportsOneViolationAtTheSyntaxError() throws Exception {
        List<Reported> reported = verify("InputRedirectLintParseError.java");

        assertThat(reported).singleElement().satisfies(violation -> {
            assertThat(violation.key()).isEqualTo(RedirectLintCheck.MSG_PARSE_ERROR);
            assertThat(violation.column()).isEqualTo(11);
            assertThat(violation.severity()).isEqualTo(SeverityLevel.ERROR);
        });
    }

    @Test
    void theParseViolationHasItsOwnSeverity() throws Exception {
        DefaultConfiguration module = new DefaultConfiguration("RedirectLint");
        module.addProperty("skipFileOnJavaParseException", "true");
        module.addProperty("javaParseExceptionSeverity", "warning");
        DefaultConfiguration config = new DefaultConfiguration("Checker");
        config.addChild(module);

        assertThat(InlineConfigChecker.run(config, BROKEN)).extracting(Reported::severity)
                .containsExactly(SeverityLevel.WARNING);
    }
}
