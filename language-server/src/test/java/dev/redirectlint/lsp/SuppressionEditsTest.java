package dev.redirectlint.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redirectlint.fix.FixApplier;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Before/after pairs for the suppress action: the innermost declaration, its annotation added or extended. */
class SuppressionEditsTest {

    private static String suppressed(String before, String at, String rule) {
        Optional<SuppressionEdits.Suppression> suppression = SuppressionEdits.at(before, before.indexOf(at), rule);
        return FixApplier.apply(before, suppression.orElseThrow().edits());
    }

    @Test
    void aRouteInAFieldInitialiserIsSuppressedOnTheField() {
        String before = """
                class Routes {
                    final Object orders = route(ctx -> ctx.redirect("/x"));
                }
                """;

        assertThat(suppressed(before, "ctx.redirect", "non-get-302")).isEqualTo("""
                class Routes {
                    @SuppressWarnings("redirect-lint:non-get-302")
                    final Object orders = route(ctx -> ctx.redirect("/x"));
                }
                """);
    }

    @Test
    void aMethodOfAnAnonymousClassIsTheInnermostDeclaration() {
        String before = """
                class App {
                    void start() {
                        handle(new Handler() {
                            public void handle(Context ctx) { ctx.redirect("/x"); }
                        });
                    }
                }
                """;

        assertThat(suppressed(before, "ctx.redirect", "any-method-302")).isEqualTo("""
                class App {
                    void start() {
                        handle(new Handler() {
                            @SuppressWarnings("redirect-lint:any-method-302")
                            public void handle(Context ctx) { ctx.redirect("/x"); }
                        });
                    }
                }
                """);
    }

    @Test
    void anArrayAndANamedValueAreExtendedAndAnEmptyArrayFilled() {
        String array = "class A { @SuppressWarnings({\"a\", \"b\"}) void m() { x(); } }";
        String named = "class A { @SuppressWarnings(value = \"a\") void m() { x(); } }";
        String empty = "class A { @SuppressWarnings({}) void m() { x(); } }";

        assertThat(suppressed(array, "x()", "r")).contains("@SuppressWarnings({\"a\", \"b\", \"redirect-lint:r\"})");
        assertThat(suppressed(named, "x()", "r")).contains("@SuppressWarnings(value = {\"a\", \"redirect-lint:r\"})");
        assertThat(suppressed(empty, "x()", "r")).contains("@SuppressWarnings({\"redirect-lint:r\"})");
    }

    @Test
    void aDeclarationThatSharesItsLineGetsTheAnnotationInline() {
        String before = "class A { void m() { x(); } }";

        assertThat(suppressed(before, "x()", "r")).isEqualTo("class A { @SuppressWarnings(\"redirect-lint:r\") void m() { x(); } }");
    }

    @Test
    void aFileThatDoesNotParseGetsNoSuppression() {
        assertThat(SuppressionEdits.at("class A { void m( { x(); } }", 20, "r")).isEmpty();
    }
}
