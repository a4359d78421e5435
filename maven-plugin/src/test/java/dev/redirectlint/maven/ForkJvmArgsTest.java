package dev.redirectlint.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redirectlint.engine.ForkedRun;
import org.junit.jupiter.api.Test;

/** The plugin's default fork options are the engine's: the annotation needs a constant, so it is a copy. */
class ForkJvmArgsTest {

    @Test
    void thePluginsDefaultIsTheEnginesDefault() {
        assertThat(AbstractSourcesMojo.FORK_JVM_ARGS).isEqualTo(String.join(" ", ForkedRun.DEFAULT_JVM_ARGS));
    }
}
