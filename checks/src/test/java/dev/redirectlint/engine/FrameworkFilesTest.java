package dev.redirectlint.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrameworkFilesTest {

    @Test
    void matchesAPatternAtTheEndOfAPathWithItsDoubleStarAlsoNoDirectory() {
        Path top = Path.of("/work/app/src/main/webapp/index.xhtml");
        Path deep = Path.of("/work/app/web/src/main/webapp/orders/list.xhtml");
        Path relative = Path.of("src/main/webapp/a/b.xhtml");
        Path other = Path.of("/work/app/src/main/resources/index.xhtml");
        Path xml = Path.of("/work/app/src/main/webapp/WEB-INF/faces-config.xml");
        assertThat(FrameworkFiles.matching(List.of("src/main/webapp/**/*.xhtml"),
                List.of(top, deep, relative, other, xml))).containsExactly(top, deep, relative);
        assertThat(FrameworkFiles.matching(List.of(), List.of(top))).isEmpty();
    }

    @Test
    void theInstalledHomesNameTheirFiles() {
        assertThat(FrameworkFiles.patterns()).contains("src/main/webapp/**/*.xhtml");
    }
}
