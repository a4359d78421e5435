package dev.redirectlint.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redirectlint.api.Finding;
import dev.redirectlint.api.LintResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run that reuses the cache must find exactly what a run without it finds, whatever changed in between:
 * each test edits the project and compares the cached run with a fresh one.
 */
class CachedRunTest {

    @TempDir
    Path dir;

    private final List<Path> files = new ArrayList<>();
    private final RedirectLint lint = new RedirectLint(LintConfig.defaults());
    private Path cacheFile;
    private long clock = 1_700_000_000_000L;

    @BeforeEach
    void project() throws Exception {
        cacheFile = dir.resolve("target/redirect-lint.cache");
        write("web/BaseController.java", """
                package web;

                public abstract class BaseController {
                    protected String back() {
                        return Redirects.to("/home");
                    }
                }
                """);
        write("web/Redirects.java", """
                package web;

                public final class Redirects {
                    static String to(String path) {
                        return "redirect:" + path;
                    }
                }
                """);
        write("web/OrderController.java", """
                package web;

                import org.springframework.stereotype.Controller;
                import org.springframework.web.bind.annotation.PostMapping;

                @Controller
                public class OrderController extends BaseController {
                    @PostMapping("/orders")
                    public String create() {
                        return back();
                    }
                }
                """);
        write("web/Notifier.java", """
                package web;

                public interface Notifier {
                    String done();
                }
                """);
        write("web/PlainNotifier.java", """
                package web;

                public class PlainNotifier implements Notifier {
                    public String done() {
                        return "orders/done";
                    }
                }
                """);
        write("web/AccountController.java", """
                package web;

                import org.springframework.stereotype.Controller;
                import org.springframework.web.bind.annotation.PostMapping;

                @Controller
                public class AccountController {
                    private final Notifier notifier = new PlainNotifier();

                    @PostMapping("/accounts")
                    public String create() {
                        return notifier.done();
                    }
                }
                """);
    }

    @Test
    void aSecondRunWithNothingChangedTakesEveryResultFromTheCache() throws Exception {
        LintResult first = cached();
        LintResult second = cached();

        assertThat(lines(second)).isEqualTo(lines(first)).hasSize(1);
        assertThat(second.notes()).anyMatch(note -> note.contains("no file changed since the last run"));
        assertThat(second.warnings()).isEmpty();
    }

    @Test
    void anEditToAHelperInAnotherFileIsSeenByTheHandlerThatCallsIt() throws Exception {
        cached();
        edit("web/Redirects.java", "\"redirect:\" + path", "path");

        assertThat(lines(cached())).isEqualTo(lines(fresh())).isEmpty();
    }

    @Test
    void aFileThatWasNotACandidateBecomesOneWhenItStartsToRedirect() throws Exception {
        assertThat(lines(cached())).hasSize(1);
        edit("web/PlainNotifier.java", "\"orders/done\"", "\"redirect:/orders/done\"");

        LintResult cached = cached();
        assertThat(lines(cached)).isEqualTo(lines(fresh())).hasSize(2);
        assertThat(lines(cached)).anyMatch(line -> line.contains("AccountController"));
    }

    @Test
    void anEditThatKeepsTheFactsReusesTheClosureAndStillFindsTheSame() throws Exception {
        cached();
        edit("web/OrderController.java", "return back();", "String ignored = \"x\";\n        return back();");

        LintResult cached = cached();
        assertThat(lines(cached)).isEqualTo(lines(fresh())).hasSize(1);
        assertThat(cached.notes()).anyMatch(note -> note.contains("1 changed files read and scanned (1 edited),"
                + " the closure from the cache"));
    }

    @Test
    void aMappingAddedToABaseClassThatWasNeverParsedIsSeenInTheClassThatInheritsIt() throws Exception {
        // Nothing up ArchiveController's hierarchy carried a mapping, so the first run never parsed
        // ArchiveBase: only the lexical answer it was given ties the cached result of Pages.java to that file.
        write("web/Pages.java", """
                package web;

                import org.springframework.stereotype.Controller;
                import org.springframework.web.bind.annotation.PostMapping;

                @Controller
                public class Pages {
                    @PostMapping("/pages")
                    public String save() {
                        return "redirect:/pages";
                    }
                }

                @Controller
                class ArchiveController extends ArchiveBase {
                }
                """);
        write("web/ArchiveBase.java", """
                package web;

                public abstract class ArchiveBase {
                    public String restore() {
                        return "redirect:/archive";
                    }
                }
                """);
        assertThat(lines(cached())).hasSize(2);
        edit("web/ArchiveBase.java", "    public String restore() {",
                "    @org.springframework.web.bind.annotation.PostMapping(\"/archive\")\n    public String restore() {");

        LintResult cached = cached();
        assertThat(lines(cached)).isEqualTo(lines(fresh())).hasSize(3);
        assertThat(cached.findings()).anyMatch(finding -> finding.handler().equals("ArchiveBase#restore")
                && finding.exposedBy().contains("ArchiveController"));
    }

    @Test
    void aSettingMadeInJavaIsTakenFromTheCacheUntilItsFileChanges() throws Exception {
        write("web/WebConfig.java", """
                package web;

                import org.springframework.web.servlet.view.InternalResourceViewResolver;

                public class WebConfig {
                    public InternalResourceViewResolver viewResolver() {
                        InternalResourceViewResolver resolver = new InternalResourceViewResolver();
                        resolver.setRedirectHttp10Compatible(false);
                        return resolver;
                    }
                }
                """);
        assertThat(lines(cached())).isEmpty();

        edit("web/OrderController.java", "return back();", "String ignored = \"x\";\n        return back();");
        LintResult settingCached = cached();
        assertThat(lines(settingCached)).isEqualTo(lines(fresh())).isEmpty();
        assertThat(settingCached.notes()).anyMatch(note -> note.contains("redirectHttp10Compatible=false is set at"
                + " " + dir.resolve("web/WebConfig.java")));

        edit("web/WebConfig.java", "setRedirectHttp10Compatible(false)", "setRedirectHttp10Compatible(true)");
        assertThat(lines(cached())).isEqualTo(lines(fresh())).hasSize(1);
    }

    @Test
    void anEditThatStartsCallingAFileOutsideTheClosureFollowsIt() throws Exception {
        write("web/Links.java", """
                package web;

                public final class Links {
                    public static String home() {
                        return "redirect:/";
                    }
                }
                """);
        assertThat(lines(cached())).hasSize(1);
        edit("web/AccountController.java", "return notifier.done();", "return Links.home();");

        LintResult cached = cached();
        assertThat(lines(cached)).isEqualTo(lines(fresh())).hasSize(2);
        assertThat(lines(cached)).anyMatch(line -> line.startsWith("AccountController.java:"));
    }

    @Test
    void aNewFileAndADeletedFileAreBothSeen() throws Exception {
        cached();
        write("web/PayController.java", """
                package web;

                import org.springframework.stereotype.Controller;
                import org.springframework.web.bind.annotation.DeleteMapping;

                @Controller
                public class PayController extends BaseController {
                    @DeleteMapping("/pay")
                    public String cancel() {
                        return back();
                    }
                }
                """);
        assertThat(lines(cached())).isEqualTo(lines(fresh())).hasSize(2);

        Path removed = dir.resolve("web/OrderController.java");
        files.remove(removed);
        Files.delete(removed);
        assertThat(lines(cached())).isEqualTo(lines(fresh())).hasSize(1);
    }

    @Test
    void aCorruptedCacheIsReportedAndRebuilt() throws Exception {
        LintResult first = cached();
        byte[] bytes = Files.readAllBytes(cacheFile);
        bytes[bytes.length / 2] ^= 0x5a;
        Files.write(cacheFile, bytes);

        LintResult second = cached();
        assertThat(lines(second)).isEqualTo(lines(first));
        assertThat(second.warnings()).singleElement().asString()
                .contains(cacheFile.toString()).contains("not a valid cache file").contains("rebuilt");
        assertThat(cached().warnings()).as("the rebuilt cache is valid").isEmpty();
    }

    @Test
    void aForeignFileInThePlaceOfTheCacheIsReportedAndReplaced() throws Exception {
        Files.createDirectories(cacheFile.getParent());
        Files.writeString(cacheFile, "not a cache at all");

        LintResult result = cached();
        assertThat(lines(result)).hasSize(1);
        assertThat(result.warnings()).singleElement().asString().contains("not a valid cache file");
        assertThat(Files.readAllBytes(cacheFile)).startsWith("RLCACHE".getBytes());
    }

    @Test
    void aCacheWrittenUnderAnotherConfigurationIsSilentlyIgnored() throws Exception {
        cached();
        LintConfig other = LintConfig.builder().disabledRules(java.util.Set.of("non-get-302")).build();
        LintResult result = new RedirectLint(other).lint(ProjectSources.of(files).withCache(cacheFile, dir));

        assertThat(lines(result)).isEmpty();
        assertThat(result.warnings()).isEmpty();
        assertThat(result.notes()).noneMatch(note -> note.contains("from the cache"));
    }

    /** The quick look that spares a forked run's parent from decoding the cache after an edit. */
    @Test
    void theUnchangedCheckTellsAnEditedAnAddedAndARemovedFileApart() throws Exception {
        cached();
        assertThat(lint.unchanged(ProjectSources.of(files).withCache(cacheFile, dir))).isPresent();

        edit("web/Notifier.java", "String done();", "String done(); // why");
        assertThat(lint.unchanged(ProjectSources.of(files).withCache(cacheFile, dir))).isEmpty();
        cached();
        assertThat(lint.unchanged(ProjectSources.of(files).withCache(cacheFile, dir))).isPresent();

        write("web/Extra.java", "package web;\n\nclass Extra {}\n");
        assertThat(lint.unchanged(ProjectSources.of(files).withCache(cacheFile, dir))).isEmpty();
        files.remove(dir.resolve("web/Extra.java"));
        assertThat(lint.unchanged(ProjectSources.of(files).withCache(cacheFile, dir))).isPresent();
        files.remove(dir.resolve("web/Notifier.java"));
        assertThat(lint.unchanged(ProjectSources.of(files).withCache(cacheFile, dir))).isEmpty();
        assertThat(lines(cached())).isEqualTo(lines(fresh()));
    }

    @Test
    void anEditedViewIsSeenThoughNoJavaFileChanged() throws Exception {
        write("web/OrderBean.java", """
                package web;

                import jakarta.inject.Named;

                @Named
                public class OrderBean {
                    public String save() {
                        return "orders?faces-redirect=true";
                    }
                }
                """);
        Path view = dir.resolve("src/main/webapp/orders.xhtml");
        Files.createDirectories(view.getParent());
        Files.writeString(view, """
                <html xmlns:h="jakarta.faces.html" xmlns:p="primefaces">
                    <h:commandButton action="#{orderBean.save}"/>
                </html>
                """);
        touch(view);
        List<Path> views = List.of(view);
        assertThat(lines(cached(views))).anyMatch(line -> line.contains("OrderBean#save"));

        // the button becomes PrimeFaces', an Ajax one: the same Java, another answer
        edit("src/main/webapp/orders.xhtml", "h:commandButton", "p:commandButton");
        LintResult cached = cached(views);
        assertThat(lines(cached)).isEqualTo(lines(lint.lint(ProjectSources.of(files).withConfigFiles(views))))
                .noneMatch(line -> line.contains("OrderBean"));
        assertThat(cached.notes()).noneMatch(note -> note.contains("no file changed since the last run"));
    }

    /**
     * A bean whose Java holds no redirect word redirects by a faces-config navigation case: the case's outcome
     * makes it analysed each run (ConfigFacts.candidateText), and a case that gains or loses its redirect is seen
     * with no Java file changed.
     */
    @Test
    void aNavigationCaseThatGainsAndLosesItsRedirectIsSeenWithNoJavaFileChanged() throws Exception {
        write("web/OrderBean.java", """
                package web;

                import jakarta.inject.Named;

                @Named
                public class OrderBean {
                    public String save() {
                        return "saved";
                    }
                }
                """);
        Path facesConfig = dir.resolve("src/main/webapp/WEB-INF/faces-config.xml");
        Files.createDirectories(facesConfig.getParent());
        Files.writeString(facesConfig, """
                <faces-config>
                    <navigation-rule>
                        <navigation-case>
                            <from-outcome>saved</from-outcome>
                            <to-view-id>/orders.xhtml</to-view-id>
                        </navigation-case>
                    </navigation-rule>
                </faces-config>
                """);
        touch(facesConfig);
        List<Path> config = List.of(facesConfig);
        assertThat(lines(cached(config))).noneMatch(line -> line.contains("OrderBean"));

        edit("src/main/webapp/WEB-INF/faces-config.xml", "</to-view-id>", "</to-view-id><redirect/>");
        assertThat(lines(cached(config))).isEqualTo(lines(lint.lint(ProjectSources.of(files).withConfigFiles(config))))
                .anyMatch(line -> line.contains("OrderBean#save accepts POST"));
        LintResult again = cached(config);
        assertThat(again.notes()).anyMatch(note -> note.contains("no file changed since the last run"));
        assertThat(lines(again)).anyMatch(line -> line.contains("OrderBean#save accepts POST"));

        edit("src/main/webapp/WEB-INF/faces-config.xml", "<redirect/>", "");
        assertThat(lines(cached(config))).isEqualTo(lines(lint.lint(ProjectSources.of(files).withConfigFiles(config))))
                .noneMatch(line -> line.contains("OrderBean"));
    }

    private LintResult cached(List<Path> configFiles) {
        return lint.lint(ProjectSources.of(files).withConfigFiles(configFiles).withCache(cacheFile, dir));
    }

    @Test
    void anEditorsBufferIsCachedAsItsTextAndTheDiskCountsAgainOnceItIsClosed() throws Exception {
        CacheStore memory = CacheStore.inMemory();
        Path helper = dir.resolve("web/Redirects.java");
        String edited = Files.readString(helper).replace("\"redirect:\" + path", "path");
        ProjectSources project = ProjectSources.of(files).withCache(memory);
        assertThat(lines(lint.lint(project))).hasSize(1);

        // Typed, not saved: the buffer no longer redirects, twice in a row (the second run reuses the first's cache).
        assertThat(lines(lint.lint(project.withText(helper, edited)))).isEmpty();
        assertThat(lines(lint.lint(project.withText(helper, edited)))).isEmpty();

        // Closed without saving: the file on disk, unchanged since, still redirects.
        assertThat(lines(lint.lint(project))).isEqualTo(lines(fresh())).hasSize(1);
    }

    /** A configuration file a home reads (Play's routes) is part of what the cache must see change. */
    @Test
    void aRoutesFileThatChangesAnActionsMethodIsSeenWithNoJavaFileChanged() throws Exception {
        write("controllers/ShopController.java", """
                package controllers;

                import play.mvc.Controller;
                import play.mvc.Result;

                public class ShopController extends Controller {
                    public Result create() {
                        return found("/shop");
                    }
                }
                """);
        Path routes = dir.resolve("conf/routes");
        Files.createDirectories(routes.getParent());
        Files.writeString(routes, "GET  /shop  controllers.ShopController.create()\n");
        touch(routes);
        List<Path> config = List.of(routes);
        assertThat(lines(lint.lint(ProjectSources.of(files).withConfigFiles(config).withCache(cacheFile, dir))))
                .hasSize(1);

        Files.writeString(routes, "POST /shop  controllers.ShopController.create()\n");
        touch(routes);
        assertThat(lint.unchanged(ProjectSources.of(files).withConfigFiles(config).withCache(cacheFile, dir))).isEmpty();
        LintResult cached = lint.lint(ProjectSources.of(files).withConfigFiles(config).withCache(cacheFile, dir));
        assertThat(lines(cached)).isEqualTo(lines(lint.lint(ProjectSources.of(files).withConfigFiles(config))))
                .hasSize(2).anyMatch(line -> line.contains("ShopController#create accepts POST"));
    }

    /**
     * A struts.xml file that is not well-formed is a processing error naming it, the other files (an included one,
     * the Java) are still analysed, and a second run, which takes everything from the cache, reports it again.
     */
    @Test
    void aMalformedStrutsXmlIsReportedOnEveryRunAndTheRestIsStillAnalysed() throws Exception {
        write("shop/OrderAction.java", """
                package shop;

                public class OrderAction {
                    public String save() {
                        return "success";
                    }
                }
                """);
        Path resources = dir.resolve("src/main/resources");
        Files.createDirectories(resources);
        Path struts = resources.resolve("struts.xml");
        Files.writeString(struts, """
                <struts>
                    <include file="struts-orders.xml"/>
                    <include file="struts-broken.xml"/>
                </struts>
                """);
        Path orders = resources.resolve("struts-orders.xml");
        Files.writeString(orders, """
                <struts>
                    <package name="orders" extends="struts-default">
                        <action name="save" class="shop.OrderAction" method="save">
                            <result type="redirectAction">list</result>
                        </action>
                    </package>
                </struts>
                """);
        Path broken = resources.resolve("struts-broken.xml");
        Files.writeString(broken, """
                <struts>
                    <package name="broken" extends="struts-default">
                        <action name="x" class="shop.OrderAction">
                    </package>
                </struts>
                """);
        for (Path file : List.of(struts, orders, broken)) {
            touch(file);
        }
        List<Path> config = List.of(broken, orders, struts);

        LintResult first = cached(config);
        assertThat(first.errors()).singleElement().satisfies(error -> {
            assertThat(error.file()).isEqualTo(broken);
            assertThat(error.line()).isEqualTo(4);
            assertThat(error.reason()).contains("not a well-formed Struts configuration file").contains("action");
        });
        assertThat(lines(first)).anyMatch(line -> line.contains("OrderAction#save accepts every HTTP method"))
                .anyMatch(line -> line.contains("OrderController.java"));

        LintResult second = cached(config);
        assertThat(second.notes()).anyMatch(note -> note.contains("no file changed since the last run"));
        assertThat(lines(second)).isEqualTo(lines(first));
        assertThat(lines(lint.lint(ProjectSources.of(files).withConfigFiles(config)))).isEqualTo(lines(first));
    }

    /**
     * A struts.xml result that becomes a redirect makes its action class's file one to analyse, though that file,
     * unchanged and without a word of a redirect, was not one the cached closure kept.
     */
    @Test
    void aStrutsXmlResultThatBecomesARedirectIsSeenWithNoJavaFileChanged() throws Exception {
        write("shop/CartAction.java", """
                package shop;

                public class CartAction {
                    public String execute() {
                        return "success";
                    }
                }
                """);
        Path struts = dir.resolve("src/main/resources/struts.xml");
        Files.createDirectories(struts.getParent());
        Files.writeString(struts, """
                <struts>
                    <package name="cart" extends="struts-default">
                        <action name="add" class="shop.CartAction">
                            <result>/cart.jsp</result>
                        </action>
                    </package>
                </struts>
                """);
        touch(struts);
        List<Path> config = List.of(struts);
        assertThat(lines(cached(config))).noneMatch(line -> line.contains("CartAction"));

        edit("src/main/resources/struts.xml", "<result>", "<result type=\"redirect\">");
        LintResult cached = cached(config);
        assertThat(lines(cached)).isEqualTo(lines(lint.lint(ProjectSources.of(files).withConfigFiles(config))))
                .anyMatch(line -> line.contains("CartAction#execute accepts every HTTP method"));
        assertThat(cached.notes()).noneMatch(note -> note.contains("no file changed since the last run"));
    }

    private LintResult cached() {
        return lint.lint(ProjectSources.of(files).withCache(cacheFile, dir));
    }

    private LintResult fresh() {
        return lint.lint(ProjectSources.of(files));
    }

    /** Findings and errors as text, so a difference shows in full. */
    private static List<String> lines(LintResult result) {
        List<String> lines = new ArrayList<>();
        for (Finding finding : result.findings()) {
            lines.add(finding.file().getFileName() + ":" + finding.region().startLine() + " [" + finding.ruleId() + "] "
                    + finding.message());
        }
        result.errors().forEach(error -> lines.add("error " + error.file() + " " + error.reason()));
        return lines;
    }

    private void write(String relative, String text) throws Exception {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        touch(file);
        if (!files.contains(file)) {
            files.add(file);
        }
    }

    private void edit(String relative, String from, String to) throws Exception {
        Path file = dir.resolve(relative);
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
        touch(file);
    }

    /** Moves the modification time on: an edit within the clock's resolution must still be seen. */
    private void touch(Path file) throws Exception {
        clock += 2_000;
        Files.setLastModifiedTime(file, FileTime.fromMillis(clock));
    }
}
