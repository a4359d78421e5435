package dev.redirectlint.maven.exec;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class LintRequestTest {

    private static LintRequest.Builder minimal() {
        return LintRequest.builder().sarifFile(Path.of("target/x.sarif")).projectDirectory(Path.of("."));
    }

    @Test
    void splitsCommaSeparatedValuesAndDropsBlankOnes() {
        LintRequest request = minimal()
                .rules(List.of("non-get-302, non-get-301", " "))
                .disabledRules(Arrays.asList("any-method-302,", null))
                .excludes(List.of("**/generated/**,**/legacy/**"))
                .build();

        assertThat(request.rules()).containsExactly("non-get-302", "non-get-301");
        assertThat(request.disabledRules()).containsExactly("any-method-302");
        assertThat(request.excludes()).containsExactly("**/generated/**", "**/legacy/**");
    }

    @Test
    void includesEveryJavaFileWhenNoIncludeIsGiven() {
        assertThat(minimal().includes(null).build().includes()).containsExactly("**/*.java");
        assertThat(minimal().includes(List.of("")).build().includes()).containsExactly("**/*.java");
    }

    @Test
    void relativisesSarifUrisToTheProjectUnlessToldOtherwise() {
        assertThat(minimal().build().sarifBaseDirectory()).isEqualTo(Path.of("."));
        assertThat(minimal().sarifBaseDirectory(Path.of("/repo")).build().sarifBaseDirectory())
                .isEqualTo(Path.of("/repo"));
    }
}
