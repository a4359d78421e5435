package dev.redirectlint.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The version comparison the homes share: the one the configuration builder made before the homes did. */
class LibraryVersionsTest {

    @Test
    void comparesMajorMinorAndPatchAsNumbers() {
        assertThat(LibraryVersions.versionAtLeast("5.3.14", 5, 3, 14)).isTrue();
        assertThat(LibraryVersions.versionAtLeast("5.3.13", 5, 3, 14)).isFalse();
        assertThat(LibraryVersions.versionAtLeast("5.10.0", 5, 3, 14)).isTrue();
        assertThat(LibraryVersions.versionAtLeast("6.0.0", 5, 3, 14)).isTrue();
        assertThat(LibraryVersions.versionAtLeast("4.3.30.RELEASE", 5, 3, 14)).isFalse();
        assertThat(LibraryVersions.versionAtLeast("6.1", 6, 1)).isTrue();
        assertThat(LibraryVersions.versionAtLeast("6.0.99", 6, 1)).isFalse();
    }

    @Test
    void missingPartsCountAsZeroAndWhatFollowsThemIsIgnored() {
        assertThat(LibraryVersions.versionAtLeast("5.3", 5, 3, 14)).isFalse();
        assertThat(LibraryVersions.versionAtLeast("6", 6, 0)).isTrue();
        assertThat(LibraryVersions.versionAtLeast("6.1.0-M1", 6, 1)).isTrue();
        assertThat(LibraryVersions.versionAtLeast(" 5.3.14.RELEASE", 5, 3, 14)).isTrue();
        assertThat(LibraryVersions.versionAtLeast("99999999999.0", 6, 1)).isTrue();
    }

    @Test
    void anUnknownVersionCountsAsTheNewest() {
        assertThat(LibraryVersions.versionAtLeast(null, 5, 3, 14)).isTrue();
        assertThat(LibraryVersions.versionAtLeast("${spring.version}", 5, 3, 14)).isTrue();
        assertThat(LibraryVersions.versionAtLeast("", 5, 3, 14)).isTrue();
        assertThat(LibraryVersions.isVersion("${spring.version}")).isFalse();
        assertThat(LibraryVersions.isVersion(null)).isFalse();
        assertThat(LibraryVersions.isVersion("6.1.0-M1")).isTrue();
    }

    @Test
    void aHomeAsksByCoordinates() {
        LibraryVersions versions = new LibraryVersions(Map.of("org.example:old", "1.2.3", "org.example:odd", "latest"));

        assertThat(versions.version("org.example:old")).contains("1.2.3");
        assertThat(versions.version("org.example:absent")).isEmpty();
        assertThat(versions.atLeast("org.example:old", 1, 3)).isFalse();
        assertThat(versions.atLeast("org.example:old", 1, 2)).isTrue();
        assertThat(versions.atLeast("org.example:absent", 1, 3)).isTrue();
        assertThat(versions.atLeast("org.example:odd", 1, 3)).isTrue();
        assertThat(versions.known("org.example:old")).isTrue();
        assertThat(versions.known("org.example:odd")).isFalse();
        assertThat(versions.known("org.example:absent")).isFalse();
        assertThat(LibraryVersions.NONE.versions()).isEmpty();
    }
}
