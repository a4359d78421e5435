package dev.redirectlint.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redirectlint.java.FrameworkFacts;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.maven.artifact.DefaultArtifact;
import org.apache.maven.artifact.handler.DefaultArtifactHandler;
import org.apache.maven.model.Dependency;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;

/** The fix goal reports the versions of every library the homes declare, as the project resolves or declares it. */
class FixMojoTest {

    @Test
    void reportsTheResolvedVersionElseTheDeclaredOneOfEachDeclaredLibrary() {
        MavenProject project = new MavenProject();
        // spring-webmvc only through another dependency: its resolved version
        project.setArtifacts(Set.of(artifact("org.springframework", "spring-webmvc", "5.3.13"),
                artifact("org.example", "other", "1.0")));
        // the servlet API declared for the tests only: not resolved in compile scope, so the declared version
        project.setDependencies(List.of(dependency("jakarta.servlet", "jakarta.servlet-api", "6.1.0")));

        assertThat(FixMojo.libraryVersions(project, FrameworkFacts.allLibraries())).isEqualTo(Map.of(
                "org.springframework:spring-webmvc", "5.3.13", "jakarta.servlet:jakarta.servlet-api", "6.1.0"));
    }

    @Test
    void aLibraryTheProjectDoesNotUseIsLeftOut() {
        MavenProject project = new MavenProject();
        project.setArtifacts(Set.of(artifact("org.springframework", "spring-webmvc", "6.2.10")));

        assertThat(FixMojo.libraryVersions(project, List.of("org.springframework:spring-webmvc", "org.example:absent")))
                .isEqualTo(Map.of("org.springframework:spring-webmvc", "6.2.10"));
        assertThat(FixMojo.libraryVersions(new MavenProject(), FrameworkFacts.allLibraries())).isEmpty();
    }

    private static DefaultArtifact artifact(String groupId, String artifactId, String version) {
        return new DefaultArtifact(groupId, artifactId, version, "compile", "jar", null, new DefaultArtifactHandler("jar"));
    }

    private static Dependency dependency(String groupId, String artifactId, String version) {
        Dependency dependency = new Dependency();
        dependency.setGroupId(groupId);
        dependency.setArtifactId(artifactId);
        dependency.setVersion(version);
        dependency.setScope("test");
        return dependency;
    }
}
