package dev.redirectlint.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A module's configuration files as the Maven plugin's check finds them, from the module's directory alone. */
class ConfigFilesTest {

    @TempDir
    Path dir;

    @Test
    void theResourcesXmlThenTheFilesTheHomesName() throws Exception {
        Path module = dir.resolve("web");
        touch(module, "src/main/resources/struts.xml", "src/main/resources/spring/servlet.xml",
                "src/main/resources/struts.properties", "src/main/resources/application.properties",
                "src/main/webapp/WEB-INF/faces-config.xml", "src/main/webapp/index.xhtml", "src/main/webapp/orders/list.xhtml",
                "conf/routes", "src/main/java/shop/Web.java", "src/test/resources/struts.xml", "README.md");

        assertThat(ConfigFiles.below(module)).containsExactlyElementsOf(paths(module,
                "src/main/resources/spring/servlet.xml", "src/main/resources/struts.xml",
                "conf/routes", "src/main/resources/struts.properties", "src/main/webapp/WEB-INF/faces-config.xml",
                "src/main/webapp/index.xhtml", "src/main/webapp/orders/list.xhtml"));
    }

    @Test
    void buildOutputToolsAndHiddenDirectoriesAreNotEntered() throws Exception {
        Path module = dir.resolve("web");
        touch(module, "src/main/resources/struts.xml", "target/classes/struts.xml",
                "target/web/WEB-INF/classes/struts.xml", "build/resources/main/struts.xml", "out/WEB-INF/classes/a.xml",
                "bin/WEB-INF/classes/a.xml", "node_modules/x/WEB-INF/classes/a.xml", ".idea/WEB-INF/classes/a.xml");

        assertThat(ConfigFiles.below(module)).containsExactlyElementsOf(paths(module, "src/main/resources/struts.xml"));
    }

    @Test
    void eachFileOnceForModulesThatNestAndNothingForOneThatIsNotADirectory() throws Exception {
        touch(dir, "src/main/resources/a.xml", "child/src/main/webapp/WEB-INF/classes/b.xml");

        assertThat(ConfigFiles.of(List.of(dir, dir.resolve("child"), dir.resolve("missing"))))
                .containsExactlyElementsOf(paths(dir, "src/main/resources/a.xml", "child/src/main/webapp/WEB-INF/classes/b.xml"));
    }

    private static void touch(Path base, String... names) throws Exception {
        for (String name : names) {
            Path file = base.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, "");
        }
    }

    private static List<Path> paths(Path base, String... names) {
        return Stream.of(names).map(name -> base.resolve(name).toAbsolutePath().normalize()).toList();
    }
}
