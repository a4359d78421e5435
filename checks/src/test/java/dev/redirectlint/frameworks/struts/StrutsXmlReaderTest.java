package dev.redirectlint.frameworks.struts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redirectlint.frameworks.struts.StrutsXmlResults.XmlRedirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the reader takes from Struts configuration files, and what it leaves alone. */
class StrutsXmlReaderTest {

    @TempDir
    Path module;

    private Path write(String relative, String text) throws Exception {
        Path file = module.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    @Test
    void neitherTheDtdNorAnExternalEntityIsRead() throws Exception {
        Path secret = write("secret.txt", "leaked");
        Path struts = write("src/main/resources/struts.xml", """
                <?xml version="1.0" encoding="UTF-8" ?>
                <!DOCTYPE struts SYSTEM "file:///no/such/dir/struts-6.0.dtd" [
                    <!ENTITY outcome SYSTEM "%s">
                ]>
                <struts>
                    <package name="p" extends="struts-default">
                        <action name="a" class="shop.A">
                            <result type="redirect"><param name="location">/a&outcome;</param></result>
                        </action>
                    </package>
                </struts>
                """.formatted(secret.toUri()));

        StrutsXmlResults results = StrutsXmlReader.read(List.of(struts)).orElseThrow();

        assertThat(results.errors()).isEmpty();
        assertThat(results.redirects()).extracting(XmlRedirect::outcome).containsExactly("success");
        StrutsXmlDocument document = StrutsXmlDocument.read(struts);
        assertThat(document.packages.get(0).actions().get(0).results().get(0).params())
                .containsEntry("location", "/a");
    }

    @Test
    void aMalformedFileIsAnErrorWithItsLineAndTheOtherFilesAreStillRead() throws Exception {
        Path struts = write("src/main/resources/struts.xml", """
                <struts>
                    <include file="broken.xml"/>
                    <package name="p" extends="struts-default">
                        <action name="a" class="shop.A">
                            <result type="redirect">/a</result>
                        </action>
                    </package>
                </struts>
                """);
        Path broken = write("src/main/resources/broken.xml", """
                <struts>
                    <package name="q" extends="struts-default"
                </struts>
                """);

        StrutsXmlResults results = StrutsXmlReader.read(List.of(struts, broken)).orElseThrow();

        assertThat(results.errors()).singleElement().satisfies(error -> {
            assertThat(error.file()).isEqualTo(broken);
            assertThat(error.line()).isEqualTo(3);
            assertThat(error.reason()).startsWith("not a well-formed Struts configuration file");
        });
        assertThat(results.redirects()).extracting(XmlRedirect::actionClass).containsExactly("shop.A");
        assertThat(results.entryTypes()).containsExactly("shop.A");
    }

    @Test
    void onlyTheFilesStrutsLoadsAreRead() throws Exception {
        Path other = write("src/main/resources/struts-other.xml", """
                <struts>
                    <package name="p" extends="struts-default">
                        <action name="a" class="shop.A">
                            <result type="redirect">/a</result>
                        </action>
                    </package>
                </struts>
                """);
        Path spring = write("src/main/resources/applicationContext.xml", "<beans><bean");

        assertThat(StrutsXmlReader.read(List.of(other, spring))).isEmpty();
    }

    @Test
    void aPackagesDefaultResultTypeAndCommaSeparatedNamesAndNestedClasses() throws Exception {
        Path struts = write("src/main/webapp/WEB-INF/classes/struts.xml", """
                <struts>
                    <package name="p" extends="struts-default">
                        <result-types>
                            <result-type name="go" class="org.apache.struts2.result.ServletActionRedirectResult" default="true"/>
                        </result-types>
                        <action name="a" class="shop.Outer$Inner" method="run">
                            <result name="done, saved">next</result>
                            <result name="input" type="dispatcher">/a.jsp</result>
                        </action>
                    </package>
                </struts>
                """);

        StrutsXmlResults results = StrutsXmlReader.read(List.of(struts)).orElseThrow();

        assertThat(results.of("shop.Outer.Inner", "run")).extracting(XmlRedirect::outcome)
                .containsExactlyInAnyOrder("done", "saved");
        assertThat(results.of("shop.Outer.Inner", "execute")).isEmpty();
    }

    @Test
    void aClassesDirectoryAtAnyDepthIsAClassPathRootForItsIncludes() throws Exception {
        Path struts = write("tomcat/webapps/ROOT/WEB-INF/classes/struts.xml", """
                <struts>
                    <include file="admin/struts-admin.xml"/>
                </struts>
                """);
        Path admin = write("tomcat/webapps/ROOT/WEB-INF/classes/admin/struts-admin.xml", """
                <struts>
                    <package name="admin" extends="struts-default">
                        <action name="save" class="umt.SaveAction">
                            <result type="redirectAction">list</result>
                        </action>
                    </package>
                </struts>
                """);
        // not included by any struts.xml of its root: not read
        Path stray = write("tomcat/webapps/other/WEB-INF/classes/admin/struts-admin.xml", """
                <struts>
                    <package name="other" extends="struts-default">
                        <action name="drop" class="umt.DropAction">
                            <result type="redirect">/x</result>
                        </action>
                    </package>
                </struts>
                """);

        StrutsXmlResults results = StrutsXmlReader.read(List.of(struts, admin, stray)).orElseThrow();

        assertThat(results.redirects()).extracting(XmlRedirect::actionClass, XmlRedirect::file)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("umt.SaveAction", "admin/struts-admin.xml"));
    }

    @Test
    void allowedMethodsOverSeveralLinesAndStrutsPropertiesOverTheXmlConstant() throws Exception {
        Path struts = write("src/main/resources/struts.xml", """
                <struts>
                    <constant name="struts.enable.DynamicMethodInvocation" value="true"/>
                    <package name="p" extends="struts-default">
                        <action name="a" class="shop.A">
                            <result type="redirect">/a</result>
                            <allowed-methods>
                                execute, firstSave,
                                publish
                            </allowed-methods>
                        </action>
                    </package>
                </struts>
                """);
        Path on = write("src/main/resources/struts.properties", "struts.devMode=false\n");

        StrutsXmlResults results = StrutsXmlReader.read(List.of(struts, on)).orElseThrow();

        assertThat(results.of("shop.A", "firstSave")).extracting(XmlRedirect::action).containsExactly("p/a!firstSave");
        assertThat(results.of("shop.A", "publish")).hasSize(1);
        assertThat(results.of("shop.A", "browse")).hasSize(1); // struts-default's global-allowed-methods
        assertThat(results.of("shop.A", "trackback")).isEmpty();

        Files.writeString(on, "struts.enable.DynamicMethodInvocation = false\n");
        StrutsXmlResults off = StrutsXmlReader.read(List.of(struts, on)).orElseThrow();

        assertThat(off.of("shop.A", "firstSave")).isEmpty();
        assertThat(off.of("shop.A", "execute")).extracting(XmlRedirect::action).containsExactly("p/a");
    }
}
