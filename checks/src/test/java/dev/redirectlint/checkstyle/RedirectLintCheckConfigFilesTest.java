package dev.redirectlint.checkstyle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.puppycrawl.tools.checkstyle.DefaultConfiguration;
import com.puppycrawl.tools.checkstyle.api.SeverityLevel;
import dev.redirectlint.checkstyle.InlineConfigChecker.Reported;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files outside Java that the framework homes read, found below each module of the project as the Maven
 * plugin finds them: a {@code struts.xml} under {@code src/main/resources}, a faces-config file under
 * {@code src/main/webapp}; read again on the next Checkstyle run when they change, and reported on a checked file
 * of their module when they cannot be read.
 */
class RedirectLintCheckConfigFilesTest {

    private static final String ORDER_ACTION = """
            package shop.web;

            public class OrderAction {
                private boolean valid;

                public String save() {
                    return valid ? "success" : "input";
                }
            }
            """;

    /** Line 7: {@code return valid ? "success" : "input";}, the finding at the return's value. */
    private static final int RETURN_LINE = 7;

    @TempDir
    Path dir;

    @Test
    void aStrutsXmlRedirectResultIsReportedOnTheActionMethod() throws Exception {
        File action = write("src/main/java/shop/web/OrderAction.java", ORDER_ACTION);
        write("src/main/resources/struts.xml", struts("redirect"));

        List<Reported> reported = run(action);

        assertThat(reported).singleElement().satisfies(violation -> {
            assertThat(violation.key()).isEqualTo("any-method-302");
            assertThat(violation.line()).isEqualTo(RETURN_LINE);
            assertThat(violation.message()).startsWith("OrderAction#save accepts every HTTP method and answers 302 Found"
                    + " through a struts.xml result \"success\" of type redirect (action \"shop/saveOrder\"");
        });
    }

    @Test
    void aFacesNavigationCaseWithRedirectIsReportedOnTheBeanMethod() throws Exception {
        write("pom.xml", "<project/>");
        File bean = write("src/main/java/shop/web/OrderBean.java", """
                package shop.web;

                import jakarta.inject.Named;

                @Named
                public class OrderBean {
                    public String save() {
                        return "saved";
                    }

                    public String cancel() {
                        return "cancelled";
                    }
                }
                """);
        write("src/main/webapp/WEB-INF/faces-config.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <faces-config xmlns="https://jakarta.ee/xml/ns/jakartaee" version="4.0">
                    <navigation-rule>
                        <navigation-case>
                            <from-outcome>saved</from-outcome>
                            <to-view-id>/orders/list.xhtml</to-view-id>
                            <redirect/>
                        </navigation-case>
                        <navigation-case>
                            <from-outcome>cancelled</from-outcome>
                            <to-view-id>/orders/list.xhtml</to-view-id>
                        </navigation-case>
                    </navigation-rule>
                </faces-config>
                """);

        List<Reported> reported = run(bean);

        assertThat(reported).extracting(Reported::key, Reported::line).containsExactly(tuple("non-get-302", 8));
        assertThat(reported.get(0).message()).startsWith("OrderBean#save accepts POST but answers 302 Found through"
                + " outcome \"saved\" taken by a navigation case with <redirect/> (WEB-INF/faces-config.xml, line 4)");
    }

    @Test
    void anEditToStrutsXmlIsSeenOnTheNextRun() throws Exception {
        File action = write("src/main/java/shop/web/OrderAction.java", ORDER_ACTION);
        write("src/main/resources/struts.xml", struts("dispatcher"));

        assertThat(run(action)).as("a result that forwards").isEmpty();

        write("src/main/resources/struts.xml", struts("redirect"));
        assertThat(run(action)).extracting(Reported::key, Reported::line)
                .containsExactly(tuple("any-method-302", RETURN_LINE));

        write("src/main/resources/struts.xml", struts("chain"));
        assertThat(run(action)).as("changed back to a result that does not redirect").isEmpty();
    }

    @Test
    void aStrutsXmlAddedToAModuleOfTheBuildIsSeenOnTheNextRun() throws Exception {
        write("pom.xml", "<project/>");
        write("web/pom.xml", "<project/>");
        File action = write("web/src/main/java/shop/web/OrderAction.java", ORDER_ACTION);
        write("web/target/classes/struts.xml", struts("redirect"));

        assertThat(run(action)).as("build output is not the module's configuration").isEmpty();

        write("web/src/main/resources/struts.xml", struts("redirect"));
        assertThat(run(action)).extracting(Reported::key).containsExactly("any-method-302");
    }

    @Test
    void aConfigurationFileThatCannotBeReadIsReportedOnceOnTheFirstFileOfItsModule() throws Exception {
        File action = write("src/main/java/shop/web/OrderAction.java", ORDER_ACTION);
        File other = write("src/main/java/shop/web/Other.java", "package shop.web;\n\nclass Other {}\n");
        Path strutsXml = dir.resolve("src/main/resources/struts.xml");
        write("src/main/resources/struts.xml", "<struts><package name=\"shop\"></struts>\n");

        DefaultConfiguration config = configuration();
        List<Reported> first = InlineConfigChecker.run(config, action, other);

        assertThat(first).singleElement().satisfies(violation -> {
            assertThat(violation.key()).isEqualTo(RedirectLintCheck.MSG_CONFIG_ERROR);
            assertThat(violation.line()).isEqualTo(1);
            assertThat(violation.column()).isZero();
            assertThat(violation.severity()).as("the module's severity").isEqualTo(SeverityLevel.ERROR);
            // The rest is the XML parser's own message, in the JDK's locale.
            assertThat(violation.message()).startsWith("redirect-lint could not use " + strutsXml.toAbsolutePath()
                    + ":[1,32], so what it configures is not checked: not a well-formed Struts configuration file, its"
                    + " actions not read: ");
        });
        assertThat(InlineConfigChecker.run(config, other, action)).as("again on the next run, on its first file")
                .singleElement().extracting(Reported::key).isEqualTo(RedirectLintCheck.MSG_CONFIG_ERROR);
    }

    @Test
    void aConfigurationFileThatCannotBeReadIsNotReportedOnAnotherModulesFile() throws Exception {
        write("pom.xml", "<project/>");
        write("common/pom.xml", "<project/>");
        write("web/pom.xml", "<project/>");
        File common = write("common/src/main/java/shop/common/Util.java", "package shop.common;\n\nclass Util {}\n");
        File action = write("web/src/main/java/shop/web/OrderAction.java", ORDER_ACTION);
        write("web/src/main/resources/struts.xml", "<struts>\n");

        assertThat(run(common)).as("common's file, in a run that checks no file of web").isEmpty();
        assertThat(run(common, action)).extracting(Reported::key).containsExactly(RedirectLintCheck.MSG_CONFIG_ERROR);
    }

    private static String struts(String resultType) {
        return """
                <?xml version="1.0" encoding="UTF-8" ?>
                <!DOCTYPE struts PUBLIC
                        "-//Apache Software Foundation//DTD Struts Configuration 6.0//EN"
                        "https://struts.apache.org/dtds/struts-6.0.dtd">
                <struts>
                    <package name="shop" extends="struts-default" namespace="/shop">
                        <action name="saveOrder" class="shop.web.OrderAction" method="save">
                            <result name="success" type="%s">/orders</result>
                            <result name="input">/order-form.jsp</result>
                        </action>
                    </package>
                </struts>
                """.formatted(resultType);
    }

    private File write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file.toFile();
    }

    private static DefaultConfiguration configuration() {
        DefaultConfiguration config = new DefaultConfiguration("Checker");
        config.addChild(new DefaultConfiguration("RedirectLint"));
        return config;
    }

    private static List<Reported> run(File... files) throws Exception {
        return InlineConfigChecker.run(configuration(), files);
    }
}
