package dev.redirectlint.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.redirectlint.api.Finding;
import dev.redirectlint.api.Fix;
import dev.redirectlint.java.FrameworkFacts;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The version of a library a home declares travels from the build tool to the home's remedy: through the
 * configuration's builder, its cache key and the fork protocol.
 */
class LibraryVersionsConfigTest {

    private static final String SPRING_WEBMVC = "org.springframework:spring-webmvc";
    private static final String SERVLET_API = "jakarta.servlet:jakarta.servlet-api";

    private static final String FORM_HANDLER = """
            import org.springframework.stereotype.Controller;
            import org.springframework.web.bind.annotation.PostMapping;

            @Controller
            class C {
                @PostMapping("/a") String a(boolean ok) {
                    return ok ? "redirect:/done" : "form";
                }
            }
            """;

    @TempDir
    Path dir;

    @Test
    void theHomesDeclareTheLibrariesTheirFixesDependOn() {
        assertThat(FrameworkFacts.allLibraries()).containsExactly(SERVLET_API, SPRING_WEBMVC);
        for (FrameworkFacts home : FrameworkFacts.installed()) {
            assertThat(home.libraries()).as(home + " libraries").allMatch(library -> library.matches("[^:\\s]+:[^:\\s]+"));
        }
    }

    @Test
    void theConfigurationKeepsEachVersionAndItsCacheKeyChangesWithIt() {
        LintConfig none = LintConfig.defaults();
        LintConfig old = LintConfig.builder().libraryVersion(SPRING_WEBMVC, "5.3.13").build();
        LintConfig recent = LintConfig.builder().libraryVersions(Map.of(SPRING_WEBMVC, "5.3.14", SERVLET_API, "6.1.0"))
                .build();

        assertThat(old.libraryVersions()).containsExactly(Map.entry(SPRING_WEBMVC, "5.3.13"));
        assertThat(recent.libraries().version(SERVLET_API)).contains("6.1.0");
        assertThat(LintConfig.builder().from(recent).build().digest()).isEqualTo(recent.digest());
        assertThat(List.of(none.digest(), old.digest(), recent.digest())).doesNotHaveDuplicates();
        assertThat(LintConfig.builder().from(old).libraryVersion(SPRING_WEBMVC, null).build().digest())
                .as("null is unknown, as never set").isEqualTo(none.digest());
    }

    @Test
    void aLibraryIsNamedByGroupAndArtifact() {
        assertThatThrownBy(() -> LintConfig.builder().libraryVersion("spring-webmvc", "5.3.14"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("groupId:artifactId");
        assertThatThrownBy(() -> LintConfig.builder().libraryVersion(null, "5.3.14"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theForkProtocolCarriesTheVersions() throws Exception {
        LintConfig config = LintConfig.builder().preferredStatus(307)
                .libraryVersions(Map.of(SPRING_WEBMVC, "5.3.13", SERVLET_API, "6.1.0")).build();

        LintConfig read = roundTrip(config);

        assertThat(read.libraryVersions()).isEqualTo(config.libraryVersions());
        assertThat(read.digest()).isEqualTo(config.digest());
        assertThat(roundTrip(LintConfig.defaults()).libraryVersions()).isEmpty();
    }

    /** spring-webmvc 5.3.13: no ModelAndView status fix; 5.3.14, or no version: offered; the same after the fork protocol. */
    @Test
    void theSpringVersionReachesTheModelAndViewRemedy() throws Exception {
        for (boolean forked : List.of(false, true)) {
            assertThat(modelAndViewFixes(LintConfig.builder().libraryVersion(SPRING_WEBMVC, "5.3.13").build(), forked))
                    .as("5.3.13, forked " + forked).isEmpty();
            assertThat(modelAndViewFixes(LintConfig.builder().libraryVersion(SPRING_WEBMVC, "5.3.14").build(), forked))
                    .as("5.3.14, forked " + forked).isNotEmpty();
            assertThat(modelAndViewFixes(LintConfig.defaults(), forked)).as("unknown, forked " + forked).isNotEmpty();
        }
    }

    private List<Fix> modelAndViewFixes(LintConfig config, boolean throughTheForkProtocol) throws Exception {
        LintConfig used = throughTheForkProtocol ? roundTrip(config) : config;
        List<Finding> findings = new RedirectLint(used).lintSource(dir.resolve("C.java"), FORM_HANDLER).findings();
        assertThat(findings).hasSize(1);
        return findings.get(0).fixes().stream().filter(fix -> fix.description().startsWith("Return a ModelAndView")).toList();
    }

    private LintConfig roundTrip(LintConfig config) throws Exception {
        ForkProtocol protocol = new ForkProtocol(dir);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            protocol.writeRequest(out, config, ProjectSources.of(List.of(dir.resolve("C.java"))));
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            ForkProtocol.Request request = protocol.readRequest(in);
            assertThat(request.sources().own()).containsExactly(dir.resolve("C.java"));
            return request.config();
        }
    }
}
