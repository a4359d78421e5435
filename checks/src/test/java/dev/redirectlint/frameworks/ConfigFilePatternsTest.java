package dev.redirectlint.frameworks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redirectlint.java.FrameworkFacts;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The homes' configuration file patterns, as the build and the engine match them. */
class ConfigFilePatternsTest {

    @Test
    void aPatternMatchesTheEndOfAPathWithItsDoubleStarAlsoNoDirectory() {
        Path top = Path.of("/work/app/src/main/webapp/index.xhtml");
        Path deep = Path.of("/work/app/web/src/main/webapp/orders/list.xhtml");
        Path relative = Path.of("src/main/webapp/a/b.xhtml");
        Path other = Path.of("/work/app/src/main/resources/index.xhtml");
        Path xml = Path.of("/work/app/src/main/webapp/WEB-INF/faces-config.xml");
        assertThat(FrameworkHome.configFilesOf(List.of("src/main/webapp/**/*.xhtml"),
                List.of(top, deep, relative, other, xml))).containsExactly(top, deep, relative);
        assertThat(FrameworkHome.configFilesOf(List.of("conf/routes", "conf/*.routes"), List.of(
                Path.of("/p/conf/routes"), Path.of("/p/conf/admin.routes"), Path.of("/p/conf/application.conf"))))
                .containsExactly(Path.of("/p/conf/routes"), Path.of("/p/conf/admin.routes"));
        assertThat(FrameworkHome.configFilesOf(List.of(), List.of(top))).isEmpty();
    }

    @Test
    void aLeadingDoubleStarAlsoMatchesNoDirectory() {
        assertThat(FrameworkFacts.configFileMatcher(List.of("**/*.xml")).matches(Path.of("beans.xml"))).isTrue();
        assertThat(FrameworkFacts.configFileMatcher(List.of("**/*.xml")).matches(Path.of("a/b/beans.xml"))).isTrue();
        assertThat(FrameworkFacts.configFileMatcher(List.of("conf/routes")).matches(Path.of("app/conf/routes")))
                .isFalse();
    }

    @Test
    void aWebApplicationsClassesDirectoryAtAnyDepthHoldsStrutsConfiguration() {
        Path ant = Path.of("/work/umt/tomcat/webapps/ROOT/WEB-INF/classes/struts.xml");
        Path included = Path.of("/work/umt/tomcat/webapps/ROOT/WEB-INF/classes/conf/struts-admin.xml");
        Path lib = Path.of("/work/umt/tomcat/webapps/ROOT/WEB-INF/lib/struts.xml");
        assertThat(FrameworkHome.configFilesOf(List.of("**/WEB-INF/classes/**/*.xml"), List.of(ant, included, lib)))
                .containsExactly(ant, included);
        assertThat(FrameworkFacts.configFileMatcher(List.of("**/WEB-INF/classes/**/*.xml"))
                .matches(Path.of("WEB-INF/classes/struts.xml"))).isTrue();
        assertThat(FrameworkFacts.allConfigFilePatterns()).contains("**/WEB-INF/classes/**/*.xml");
    }

    @Test
    void theInstalledHomesNameTheirFiles() {
        assertThat(FrameworkFacts.allConfigFilePatterns()).contains("conf/routes", "conf/*.routes",
                "src/main/webapp/**/*.xhtml", "src/main/resources/META-INF/resources/**/*.xhtml",
                "WebContent/**/*.xhtml", "src/main/resources/**/*.yaml", "openapi*.json", "src/main/resources/**/*.xml",
                "src/main/webapp/WEB-INF/classes/**/*.xml").doesNotHaveDuplicates();
    }
}
