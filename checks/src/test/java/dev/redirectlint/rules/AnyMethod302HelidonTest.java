package dev.redirectlint.rules;

import dev.redirectlint.testing.RuleTester;
import org.junit.jupiter.api.Test;

/** Helidon's {@code any(...)}, which routes every HTTP method to one handler. */
class AnyMethod302HelidonTest {

    private final RuleTester tester = RuleTester.forRule(AnyMethod302Rule.ID);

    @Test
    void flagsAnAnyRouteThatAnswers302() {
        tester.source("""
                import io.helidon.http.Status;
                import io.helidon.webserver.http.HttpRules;
                import io.helidon.webserver.http.HttpService;

                class LegacyService implements HttpService {
                    @Override
                    public void routing(HttpRules rules) {
                        rules.any("/old/*", (req, res) -> res.status(Status.FOUND_302).header("Location", "/new").send()); // finding: accepts every HTTP method and answers 302 Found through Helidon ServerResponse.status
                        rules.get("/older", (req, res) -> res.status(Status.FOUND_302).header("Location", "/new").send());
                    }
                }
                """).check();
    }
}
