package dev.redirectlint.frameworks.spring;

import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import dev.redirectlint.java.SourceFile;
import dev.redirectlint.java.SourceSetting;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a Spring MVC application turns off HTTP 1.0 compatibility for its redirect views. With
 * {@code redirectHttp10Compatible=false}, {@code UrlBasedViewResolver} (and Thymeleaf's resolver) build every
 * {@code redirect:} view as {@code new RedirectView(url, contextRelative, false)}, which answers 303 See Other
 * instead of calling {@code sendRedirect} (302): {@code RedirectView.sendRedirect} then uses
 * {@code getHttp11StatusCode}, which falls back to {@code SEE_OTHER}. Read in Java configuration (a
 * {@code setRedirectHttp10Compatible(false)} call anywhere: a {@code @Bean} method, a {@code WebMvcConfigurer},
 * a {@code BeanPostProcessor}) and in XML bean definitions.
 */
public final class RedirectHttp10Setting implements SourceSetting {

    static final String NAME = "spring.redirectHttp10Compatible";

    private static final Pattern XML_PROPERTY = Pattern.compile(
            "<property\\s+name\\s*=\\s*[\"']redirectHttp10Compatible[\"']\\s+value\\s*=\\s*[\"']false[\"']"
                    + "|<property\\s+name\\s*=\\s*[\"']redirectHttp10Compatible[\"']\\s*>\\s*<value>\\s*false\\s*</value>"
                    + "|\\bp:redirectHttp10Compatible\\s*=\\s*[\"']false[\"']");


    /** {@code setRedirectHttp10Compatible(false)}, or {@code wrapper.setPropertyValue("redirectHttp10Compatible", false)}. */
    private static boolean setsFalse(MethodCallExpr call) {
        if (call.getNameAsString().equals("setRedirectHttp10Compatible") && call.getArguments().size() == 1) {
            return call.getArgument(0) instanceof BooleanLiteralExpr literal && !literal.getValue();
        }
        return call.getNameAsString().equals("setPropertyValue") && call.getArguments().size() == 2
                && call.getArgument(0) instanceof StringLiteralExpr name
                && name.getValue().equals("redirectHttp10Compatible")
                && call.getArgument(1) instanceof BooleanLiteralExpr literal && !literal.getValue();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> words() {
        return List.of("setRedirectHttp10Compatible", "redirectHttp10Compatible");
    }

    @Override
    public String note(String where) {
        return "redirectHttp10Compatible=false is set at " + where
                + ": redirect: view names answer 303 See Other throughout the application";
    }

    @Override
    public Optional<String> read(List<SourceFile> javaFiles, List<Path> xmlFiles) {
        for (SourceFile file : javaFiles) {
            for (MethodCallExpr call : file.unit().findAll(MethodCallExpr.class)) {
                if (setsFalse(call)) {
                    return Optional.of(file.path() + ":" + call.getBegin().map(p -> p.line).orElse(0));
                }
            }
        }
        for (Path xml : xmlFiles) {
            try {
                String text = new String(Files.readAllBytes(xml), StandardCharsets.ISO_8859_1); // ASCII is enough to find it
                Matcher matcher = XML_PROPERTY.matcher(text);
                if (matcher.find()) {
                    int line = 1 + (int) text.substring(0, matcher.start()).chars().filter(c -> c == '\n').count();
                    return Optional.of(xml + ":" + line);
                }
            } catch (IOException | RuntimeException e) {
                // An unreadable configuration file sets nothing that can be seen.
            }
        }
        return Optional.empty();
    }
}
