package dev.redirectlint.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server over JSON-RPC, as an editor uses it: diagnostics, code actions and their edits, settings. */
class LanguageServerTest {

    private static final String ORDERS = """
            package shop;

            import org.springframework.stereotype.Controller;
            import org.springframework.web.bind.annotation.GetMapping;
            import org.springframework.web.bind.annotation.PostMapping;

            @Controller
            class OrderController {
                @PostMapping("/orders")
                String create() {
                    return "redirect:/orders"; // finding: OrderController#create accepts POST but answers 302 Found
                }

                @GetMapping("/old")
                String old() {
                    return "redirect:/orders";
                }
            }
            """;

    private static final String ORDERS_FIXED_303 = """
            package shop;

            import org.springframework.http.HttpStatus;
            import org.springframework.stereotype.Controller;
            import org.springframework.web.bind.annotation.GetMapping;
            import org.springframework.web.bind.annotation.PostMapping;
            import org.springframework.web.bind.annotation.ResponseStatus;

            @Controller
            class OrderController {
                @ResponseStatus(HttpStatus.SEE_OTHER)
                @PostMapping("/orders")
                String create() {
                    return "redirect:/orders"; // finding: OrderController#create accepts POST but answers 302 Found
                }

                @GetMapping("/old")
                String old() {
                    return "redirect:/orders";
                }
            }
            """;

    @TempDir
    Path root;

    private LspSession session;

    @AfterEach
    void stop() throws Exception {
        if (session != null) {
            session.close();
        }
    }

    private LspSession session() throws Exception {
        session = new LspSession(root);
        return session;
    }

    @Test
    void diagnosticsOfAnOpenedDocumentAreTheMarkedFindings() throws Exception {
        session().write("src/main/java/shop/OrderController.java", ORDERS).start();
        String uri = session.open("src/main/java/shop/OrderController.java");

        List<Diagnostic> diagnostics = session.diagnostics(uri);

        Markers.assertMatch(ORDERS, diagnostics);
        Diagnostic finding = diagnostics.get(0);
        assertThat(finding.getCode().getLeft()).isEqualTo("non-get-302");
        assertThat(finding.getSource()).isEqualTo("redirect-lint");
        assertThat(finding.getSeverity()).isEqualTo(DiagnosticSeverity.Warning);
        assertThat(finding.getCodeDescription().getHref()).endsWith("#non-get-302");
        assertThat(finding.getRange()).isEqualTo(new Range(new Position(10, 15), new Position(10, 33)));
        assertThat(session.initialized.getServerInfo().getName()).isEqualTo("redirect-lint");
    }

    @Test
    void theQuickFixesAreTheAlternativesThePreferredFirstAndTheirEditsGiveTheFixedFile() throws Exception {
        session().write("src/main/java/shop/OrderController.java", ORDERS).start();
        String uri = session.open("src/main/java/shop/OrderController.java");
        Diagnostic finding = session.diagnostics(uri).get(0);

        List<CodeAction> actions = session.codeActions(uri, finding);

        assertThat(actions).extracting(CodeAction::getTitle).containsExactly("Use 303 See Other",
                "Use 307 Temporary Redirect", "Suppress redirect-lint:non-get-302 for this method",
                "Fix all redirect-lint findings in this file");
        assertThat(actions).extracting(CodeAction::getIsPreferred).containsExactly(true, false, null, null);
        assertThat(actions).extracting(CodeAction::getKind).containsExactly("quickfix", "quickfix", "quickfix",
                "source.fixAll.redirect-lint");
        assertThat(actions.get(0).getDiagnostics()).containsExactly(finding);
        assertThat(session.applied(uri, actions.get(0))).isEqualTo(ORDERS_FIXED_303);
        assertThat(session.applied(uri, actions.get(1))).isEqualTo(ORDERS_FIXED_303.replace("SEE_OTHER",
                "TEMPORARY_REDIRECT"));
    }

    @Test
    void anEditReanalysesTheDocumentFromTheEditorsText() throws Exception {
        session().write("src/main/java/shop/OrderController.java", ORDERS).start();
        String uri = session.open("src/main/java/shop/OrderController.java");
        assertThat(session.diagnostics(uri)).hasSize(1);

        // Typed, not saved: @PostMapping becomes @GetMapping in two incremental edits.
        session.changeRange(uri, new Range(new Position(8, 5), new Position(8, 9)), "Get");
        List<Diagnostic> afterEdit = session.diagnostics(uri);

        assertThat(afterEdit).isEmpty();
        session.change(uri, ORDERS);
        assertThat(session.diagnostics(uri)).hasSize(1);
    }

    @Test
    void applyingTheFixThroughTheEditorClearsTheFinding() throws Exception {
        session().write("src/main/java/shop/OrderController.java", ORDERS).start();
        String uri = session.open("src/main/java/shop/OrderController.java");
        CodeAction preferred = session.codeActions(uri, session.diagnostics(uri).get(0)).get(0);

        session.change(uri, session.applied(uri, preferred));

        assertThat(session.diagnostics(uri)).isEmpty();
    }

    @Test
    void aHelperInAnotherFileThatIsNotOpenIsFollowed() throws Exception {
        String controller = """
                package shop;

                import org.springframework.stereotype.Controller;
                import org.springframework.web.bind.annotation.PostMapping;

                @Controller
                class CheckoutController {
                    @PostMapping("/checkout")
                    String checkout() {
                        return Views.backToCart(); // finding: CheckoutController#checkout accepts POST
                    }
                }
                """;
        String helper = """
                package shop;

                final class Views {
                    static String backToCart() {
                        return "redirect:/cart";
                    }
                }
                """;
        session().write("src/main/java/shop/CheckoutController.java", controller)
                .write("src/main/java/shop/Views.java", helper).start();
        String uri = session.open("src/main/java/shop/CheckoutController.java");

        List<Diagnostic> diagnostics = session.diagnostics(uri);

        Markers.assertMatch(controller, diagnostics);
        assertThat(diagnostics.get(0).getRelatedInformation()).singleElement().satisfies(related -> {
            assertThat(related.getLocation().getUri()).isEqualTo(session.uri("src/main/java/shop/Views.java"));
            assertThat(related.getLocation().getRange().getStart().getLine()).isEqualTo(4);
        });
    }

    @Test
    void theSuppressActionAddsTheAnnotationAndTheFindingGoes() throws Exception {
        session().write("src/main/java/shop/OrderController.java", ORDERS).start();
        String uri = session.open("src/main/java/shop/OrderController.java");
        CodeAction suppress = session.codeActions(uri, session.diagnostics(uri).get(0)).get(2);

        String suppressed = session.applied(uri, suppress);

        assertThat(suppressed).isEqualTo(ORDERS.replace("""
                    @PostMapping("/orders")
                """, """
                    @SuppressWarnings("redirect-lint:non-get-302")
                    @PostMapping("/orders")
                """));
        session.change(uri, suppressed);
        assertThat(session.diagnostics(uri)).isEmpty();
    }

    @Test
    void theSuppressActionExtendsAnExistingSuppressWarnings() throws Exception {
        String source = """
                import jakarta.servlet.http.HttpServlet;
                import jakarta.servlet.http.HttpServletRequest;
                import jakarta.servlet.http.HttpServletResponse;
                import java.io.IOException;

                class LoginServlet extends HttpServlet {
                    @Override
                    @SuppressWarnings("unchecked")
                    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
                        response.sendRedirect("/home"); // finding: LoginServlet#doPost accepts POST
                    }
                }
                """;
        session().write("src/main/java/LoginServlet.java", source).start();
        String uri = session.open("src/main/java/LoginServlet.java");
        List<Diagnostic> diagnostics = session.diagnostics(uri);
        Markers.assertMatch(source, diagnostics);

        CodeAction suppress = session.codeActions(uri, diagnostics.get(0)).stream()
                .filter(a -> a.getTitle().startsWith("Suppress")).findFirst().orElseThrow();

        assertThat(session.applied(uri, suppress)).contains(
                "@SuppressWarnings({\"unchecked\", \"redirect-lint:non-get-302\"})");
    }

    @Test
    void fixAllRewritesEveryFindingOfTheFile() throws Exception {
        String source = """
                import org.springframework.stereotype.Controller;
                import org.springframework.web.bind.annotation.DeleteMapping;
                import org.springframework.web.bind.annotation.PutMapping;

                @Controller
                class Items {
                    @PutMapping("/items")
                    String put() {
                        return "redirect:/items"; // finding: accepts PUT
                    }

                    @DeleteMapping("/items")
                    String delete() {
                        return "redirect:/items"; // finding: accepts DELETE
                    }
                }
                """;
        session().write("src/main/java/Items.java", source).start();
        String uri = session.open("src/main/java/Items.java");
        Markers.assertMatch(source, session.diagnostics(uri));

        List<CodeAction> actions = session.codeActions(uri, LspSession.line(0), List.of("source.fixAll"));

        assertThat(actions).singleElement().satisfies(a -> {
            assertThat(a.getKind()).isEqualTo("source.fixAll.redirect-lint");
            assertThat(a.getTitle()).isEqualTo("Fix all redirect-lint findings in this file");
        });
        String fixed = session.applied(uri, actions.get(0));
        assertThat(fixed.split("@ResponseStatus\\(HttpStatus.SEE_OTHER\\)", -1)).hasSize(3);
        session.change(uri, fixed);
        assertThat(session.diagnostics(uri)).isEmpty();
    }

    @Test
    void aFileThatDoesNotParseGetsADiagnosticAtTheParsersPositionAndTheServerGoesOn() throws Exception {
        String broken = """
                class Broken {
                    void m( {
                }
                """;
        session().write("src/main/java/shop/OrderController.java", ORDERS).write("src/main/java/Broken.java", broken)
                .start();
        String brokenUri = session.open("src/main/java/Broken.java");

        List<Diagnostic> diagnostics = session.diagnostics(brokenUri);

        assertThat(diagnostics).singleElement().satisfies(d -> {
            assertThat(d.getCode().getLeft()).isEqualTo("not-analysed");
            assertThat(d.getSeverity()).isEqualTo(DiagnosticSeverity.Error);
            assertThat(d.getRange().getStart().getLine()).isEqualTo(1);
        });
        assertThat(session.codeActions(brokenUri, LspSession.line(1), null)).isEmpty();
        String uri = session.open("src/main/java/shop/OrderController.java");
        assertThat(session.diagnostics(uri)).hasSize(1);
    }

    @Test
    void aClientThatPullsDiagnosticsGetsThemOnRequest() throws Exception {
        session().write("src/main/java/shop/OrderController.java", ORDERS).start(true, null);
        String uri = session.open("src/main/java/shop/OrderController.java");

        Markers.assertMatch(ORDERS, session.pull(uri));
        session.change(uri, ORDERS.replace("@PostMapping(\"/orders\")", "@GetMapping(\"/orders\")"));
        assertThat(session.pull(uri)).isEmpty();
        assertThat(session.client.published).isEmpty();
        assertThat(session.client.refreshes).isPositive();
    }

    @Test
    void settingsFromTheEditorApplyAtOnce() throws Exception {
        session().write("src/main/java/shop/OrderController.java", ORDERS).start();
        String uri = session.open("src/main/java/shop/OrderController.java");
        assertThat(session.diagnostics(uri)).hasSize(1);

        session.configure(JsonParser.parseString("""
                {"redirect-lint": {"severities": {"non-get-302": "error"}, "preferredStatus": 307}}"""));
        List<Diagnostic> diagnostics = session.diagnosticsWhen(uri,
                list -> !list.isEmpty() && list.get(0).getSeverity() == DiagnosticSeverity.Error);
        assertThat(session.codeActions(uri, diagnostics.get(0)).get(0).getTitle()).isEqualTo("Use 307 Temporary Redirect");

        session.configure(JsonParser.parseString("""
                {"redirect-lint": {"disabledRules": ["non-get-302"]}}"""));
        assertThat(session.diagnosticsWhen(uri, List::isEmpty)).isEmpty();
    }

    @Test
    void thePomConfigurationOfThePluginIsTheDefault() throws Exception {
        session().write("pom.xml", """
                <project>
                  <modelVersion>4.0.0</modelVersion>
                  <build>
                    <plugins>
                      <plugin>
                        <groupId>dev.redirectlint</groupId>
                        <artifactId>redirect-lint-maven-plugin</artifactId>
                        <configuration>
                          <preferredStatus>307</preferredStatus>
                          <severities>
                            <non-get-302>error</non-get-302>
                          </severities>
                        </configuration>
                      </plugin>
                    </plugins>
                  </build>
                </project>
                """).write("src/main/java/shop/OrderController.java", ORDERS).start();
        String uri = session.open("src/main/java/shop/OrderController.java");

        Diagnostic finding = session.diagnostics(uri).get(0);

        assertThat(finding.getSeverity()).isEqualTo(DiagnosticSeverity.Error);
        assertThat(session.codeActions(uri, finding).get(0).getTitle()).isEqualTo("Use 307 Temporary Redirect");
    }

    @Test
    void badSettingsAreNamedAndTheRestApply() throws Exception {
        session().write("src/main/java/shop/OrderController.java", ORDERS).start(false, JsonParser.parseString("""
                {"disabledRules": ["no-such-rule"], "preferredStatus": 302}"""));
        String uri = session.open("src/main/java/shop/OrderController.java");

        assertThat(session.diagnostics(uri)).hasSize(1);
        assertThat(session.client.messages).filteredOn(m -> m.getType() == MessageType.Warning)
                .extracting(m -> m.getMessage()).anySatisfy(m -> assertThat(m).contains("no-such-rule"))
                .anySatisfy(m -> assertThat(m).contains("302"));
    }

    @Test
    void testSourcesAreContextNotChecked() throws Exception {
        session().write("src/test/java/shop/OrderController.java", ORDERS).start();

        String uri = session.open("src/test/java/shop/OrderController.java");

        assertThat(session.diagnosticsWhen(uri, list -> true)).isEmpty();
    }
}
