package dev.redirectlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redirectlint.api.Finding;
import dev.redirectlint.engine.LintConfig;
import dev.redirectlint.engine.RedirectLint;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The advice for a handler that returns view names on several paths names an expression to wrap:
 * {@code return new ModelAndView(<expression>, HttpStatus.SEE_OTHER)}. Whatever the view name is built from
 * (a literal, a concatenation, a StringBuilder, a local, a helper), that code must compile against the real
 * Spring MVC API: each case puts the advised expression where the redirect was and compiles the file.
 */
class AdviceCompilesTest {

    private static final Pattern ADVISED = Pattern.compile("return new ModelAndView\\((.*?), HttpStatus\\.SEE_OTHER\\) on this path");

    @ParameterizedTest
    @ValueSource(strings = {
        "String create(boolean ok) { if (!ok) { return \"form\"; } return \"redirect:/orders\"; }",
        "String create(boolean ok, long id) { if (!ok) { return \"form\"; } return \"redirect:/orders/\" + id; }",
        "CharSequence create(boolean ok) { if (!ok) { return \"form\"; } return new StringBuilder(\"redirect:/orders\"); }",
        "CharSequence create(boolean ok) { StringBuilder view = new StringBuilder(\"redirect:/orders\");"
                + " if (!ok) { return \"form\"; } return view; }",
        "Object create(boolean ok) { if (!ok) { return \"form\"; } return new StringBuilder(\"redirect:\").append(\"/orders\"); }",
        "String create(boolean ok, String to) { if (!ok) { return \"form\"; } return String.format(\"redirect:/%s\", to); }",
        "String create(boolean ok) { if (!ok) { return \"form\"; } return to(\"/orders\"); }"
                + " private String to(String path) { return \"redirect:\" + path; }",
    })
    void theAdvisedModelAndViewCompiles(String methods) throws IOException {
        String source = """
                import org.springframework.stereotype.Controller;
                import org.springframework.web.bind.annotation.PostMapping;

                @Controller
                public class OrderController {
                    @PostMapping("/orders")
                    public %s
                }
                """.formatted(methods);
        List<Finding> findings = new RedirectLint(LintConfig.builder().rules(List.of("non-get-302")).build())
                .lintSource(Path.of("OrderController.java"), source).findings();
        assertThat(findings).hasSize(1);
        Finding finding = findings.get(0);
        Matcher advised = ADVISED.matcher(finding.message());
        assertThat(advised.find()).as("advice in: " + finding.message()).isTrue();
        String expression = advised.group(1);
        // The advice names what the redirect path returns: return the advised ModelAndView's view name there.
        String returned = "return " + expression.replaceAll("\\.toString\\(\\)$", "") + ";";
        int at = source.lastIndexOf(returned);
        assertThat(at).as(returned + " in the source").isNotNegative();
        String changed = source.substring(0, at) + "return new org.springframework.web.servlet.ModelAndView(" + expression
                + ", org.springframework.http.HttpStatus.SEE_OTHER).getViewName();" + source.substring(at + returned.length());
        assertThat(compile(changed)).as("javac on:\n" + changed).isEmpty();
    }

    /** The compiler's errors, against the test class path (Spring MVC, the Servlet API). */
    private static List<String> compile(String source) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///OrderController.java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source;
            }
        };
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> options = List.of("-classpath", classpath, "-proc:none", "-d",
                System.getProperty("java.io.tmpdir") + "/redirect-lint-advice-compiles");
        new java.io.File(options.get(4)).mkdirs();
        compiler.getTask(null, null, diagnostics, options, null, List.of(file)).call();
        List<String> errors = new ArrayList<>();
        diagnostics.getDiagnostics().stream().filter(d -> d.getKind() == javax.tools.Diagnostic.Kind.ERROR)
                .forEach(d -> errors.add(d.getLineNumber() + ": " + d.getMessage(null)));
        return errors;
    }
}
