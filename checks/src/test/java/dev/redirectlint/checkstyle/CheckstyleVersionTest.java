package dev.redirectlint.checkstyle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.puppycrawl.tools.checkstyle.Checker;
import java.util.Collections;
import org.junit.jupiter.api.Test;

/**
 * Proves which Checkstyle the checkstyle tests ran against: the build runs them once with the version
 * the adapter compiles against and once with the newest one (see the surefire executions in the pom),
 * and says which through {@code redirectlint.checkstyle.version}.
 */
class CheckstyleVersionTest {

    @Test
    void runsOnTheCheckstyleTheBuildAskedFor() throws Exception {
        String expected = System.getProperty("redirectlint.checkstyle.version");
        assumeTrue(expected != null, "run by Maven, which sets redirectlint.checkstyle.version");

        assertThat(Checker.class.getPackage().getImplementationVersion()).isEqualTo(expected);
        assertThat(Collections.list(Checker.class.getClassLoader()
                .getResources("META-INF/maven/com.puppycrawl.tools/checkstyle/pom.properties")))
                .as("Checkstyle jars on the test classpath").hasSize(1);
    }
}
