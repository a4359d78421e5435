package dev.redirectlint.frameworks.spring;

import dev.redirectlint.api.Finding;
import dev.redirectlint.api.Fix;
import dev.redirectlint.fix.ProjectFix;
import dev.redirectlint.source.SourceText;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The project-level fix of a Spring MVC application whose redirects are {@code redirect:} view names: one
 * setting, {@code redirectHttp10Compatible=false} on every view resolver, after which the resolvers build
 * {@code RedirectView(url, contextRelative, false)}, which answers 303 See Other. No handler changes.
 *
 * <p>Java configuration gets a small {@code @Configuration} class in the package of the application class (so
 * that component scanning finds it) with a static {@code BeanPostProcessor} that sets the property on every
 * {@code ViewResolver} that has it: Spring's {@code UrlBasedViewResolver} family and Thymeleaf's resolver
 * alike, through a {@code BeanWrapper}, so the class compiles against spring-beans and spring-webmvc alone.
 * XML configuration gets the property on each resolver bean it declares instead.
 */
final class ViewResolverSetting implements ProjectFix {

    static final String CLASS_NAME = "SeeOtherRedirects";
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
    private static final Pattern APPLICATION = Pattern.compile("@(?:[\\w.]+\\.)?(?:SpringBootApplication|EnableWebMvc)\\b");
    private static final Pattern RESOLVER_BEAN = Pattern.compile(
            "<bean\\b[^>]*\\bclass\\s*=\\s*[\"']([\\w.$]+ViewResolver)[\"'][^>]*?(/?)>");

    /** True if the project setting turns the finding into a 303: a {@code redirect:} name the resolvers resolve. */
    @Override
    public boolean resolves(Finding finding) {
        String mechanism = finding.mechanism() == null ? "" : finding.mechanism();
        boolean viewName = mechanism.startsWith(SpringTypes.VIEW_NAME_MECHANISM.description())
                || mechanism.startsWith(SpringTypes.MODEL_AND_VIEW_MECHANISM.description());
        // A status set on the handler or the ModelAndView wins over the resolver's default.
        return viewName && !mechanism.contains(" with @") && !mechanism.contains(" and status ")
                && finding.ruleId().endsWith("-302");
    }

    @Override
    public Fix fix() {
        return new Fix("Set redirectHttp10Compatible=false on every view resolver: every redirect: view"
                + " answers 303 See Other", 303, List.of());
    }

    @Override
    public String resolvedKind() {
        return "redirect: view names";
    }

    @Override
    public String effect() {
        return "redirectHttp10Compatible=false on the view resolvers; it makes every redirect: view 303, GET"
                + " handlers' too";
    }

    /**
     * The resolver beans of the XML files that declare any, else a new configuration class beside the
     * application class.
     */
    @Override
    public Planned plan(List<Path> javaFiles, List<Path> xmlFiles, Charset charset) {
        List<Change> xml = xmlChanges(xmlFiles, charset);
        if (!xml.isEmpty()) {
            return new Planned(xml, null);
        }
        Optional<Path> application = Optional.empty();
        String applicationText = "";
        for (Path file : javaFiles) {
            String text = read(file, charset);
            if (APPLICATION.matcher(text).find()) {
                application = Optional.of(file);
                applicationText = text;
                break;
            }
        }
        if (application.isEmpty()) {
            return Planned.refused("no @SpringBootApplication or @EnableWebMvc class and no XML view resolver"
                    + " bean was found to put the setting beside");
        }
        Path target = application.get().resolveSibling(CLASS_NAME + ".java");
        if (Files.exists(target)) {
            return Planned.refused(target + " exists already");
        }
        Matcher packageName = PACKAGE.matcher(applicationText);
        // Written as the application class is: its package, its line ends, its indentation.
        String text = configuration(packageName.find() ? packageName.group(1) : "",
                new SourceText(applicationText).lineSeparator()).replace("    ", indentationOf(applicationText));
        return new Planned(List.of(new Change(target, null, text)), null);
    }

    /** Each XML file with resolver beans, with the property added to those that do not set it. */
    private static List<Change> xmlChanges(List<Path> xmlFiles, Charset charset) {
        List<Change> changes = new ArrayList<>();
        for (Path file : xmlFiles) {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                continue;
            }
            String text = new String(bytes, charset);
            String fixed = withProperty(text);
            if (!fixed.equals(text)) {
                changes.add(new Change(file, bytes, fixed));
            }
        }
        return changes;
    }

    /** The XML with {@code <property name="redirectHttp10Compatible" value="false"/>} in each resolver bean. */
    static String withProperty(String xml) {
        Matcher matcher = RESOLVER_BEAN.matcher(xml);
        StringBuilder result = new StringBuilder();
        int copied = 0;
        String nl = xml.contains("\r\n") ? "\r\n" : "\n";
        while (matcher.find()) {
            String type = matcher.group(1);
            if (type.endsWith("ContentNegotiatingViewResolver") || type.endsWith("BeanNameViewResolver")) {
                continue; // they hold or name other views: they have no such property
            }
            int lineStart = xml.lastIndexOf('\n', matcher.start()) + 1;
            String indent = xml.substring(lineStart, matcher.start()).replaceAll("\\S.*", "");
            String property = "<property name=\"redirectHttp10Compatible\" value=\"false\"/>";
            boolean selfClosing = matcher.group(2).equals("/");
            if (!selfClosing && beanBody(xml, matcher.end()).contains("redirectHttp10Compatible")) {
                continue;
            }
            result.append(xml, copied, matcher.start());
            if (selfClosing) {
                String open = matcher.group().substring(0, matcher.group().length() - 2).stripTrailing() + ">";
                result.append(open).append(nl).append(indent).append("    ").append(property).append(nl).append(indent)
                        .append("</bean>");
            } else {
                result.append(matcher.group()).append(nl).append(indent).append("    ").append(property);
            }
            copied = matcher.end();
        }
        return copied == 0 ? xml : result.append(xml, copied, xml.length()).toString();
    }

    private static String beanBody(String xml, int from) {
        int end = xml.indexOf("</bean>", from);
        return end < 0 ? "" : xml.substring(from, end);
    }

    private static String configuration(String packageName, String nl) {
        List<String> lines = new ArrayList<>();
        if (!packageName.isEmpty()) {
            lines.add("package " + packageName + ";");
            lines.add("");
        }
        lines.addAll(List.of(
                "import org.springframework.beans.BeanWrapper;",
                "import org.springframework.beans.PropertyAccessorFactory;",
                "import org.springframework.beans.factory.config.BeanPostProcessor;",
                "import org.springframework.context.annotation.Bean;",
                "import org.springframework.context.annotation.Configuration;",
                "import org.springframework.web.servlet.ViewResolver;",
                "",
                "/**",
                " * Makes every {@code redirect:} view answer 303 See Other instead of 302 Found: a view resolver without",
                " * HTTP 1.0 compatibility builds its redirect views so. After a POST, 303 tells every client to follow",
                " * with a GET (Post/Redirect/Get). Added by redirect-lint's project-level fix.",
                " */",
                "@Configuration(proxyBeanMethods = false)",
                "class " + CLASS_NAME + " {",
                "",
                "    @Bean",
                "    static BeanPostProcessor seeOtherRedirectViews() {",
                "        return new BeanPostProcessor() {",
                "            @Override",
                "            public Object postProcessBeforeInitialization(Object bean, String beanName) {",
                "                if (bean instanceof ViewResolver) {",
                "                    BeanWrapper resolver = PropertyAccessorFactory.forBeanPropertyAccess(bean);",
                "                    if (resolver.isWritableProperty(\"redirectHttp10Compatible\")) {",
                "                        resolver.setPropertyValue(\"redirectHttp10Compatible\", false);",
                "                    }",
                "                }",
                "                return bean;",
                "            }",
                "        };",
                "    }",
                "}",
                ""));
        return String.join(nl, lines);
    }

    /** The file's text, or "" if it cannot be read: such a file declares nothing here. */
    private static String read(Path file, Charset charset) {
        try {
            return new String(Files.readAllBytes(file), charset);
        } catch (IOException e) {
            return "";
        }
    }

    /** The indentation unit of a text: a tab where its first indented line starts with one, else four spaces. */
    private static String indentationOf(String text) {
        for (String line : text.split("\r?\n|\r")) {
            if (line.startsWith("\t")) {
                return "\t";
            }
            if (line.startsWith(" ") && !line.isBlank() && !line.trim().startsWith("*")) {
                return "    ";
            }
        }
        return "    ";
    }
}
