package dev.redirectlint.java;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A setting of the analysed application, made in its Java sources or its XML configuration, that changes the
 * status of a framework's redirects everywhere (Spring's {@code redirectHttp10Compatible=false}). A home
 * declares it ({@link FrameworkFacts#sourceSettings()}); the engine reads it from the files that mention one of
 * its {@link #words()}, keeps where it is made in the cache while those files do not change, and hands it to the
 * home's detectors through {@link ProjectSettings#sourceSetting(String)}.
 */
public interface SourceSetting {

    /** The setting's key among all homes' ({@code spring.redirectHttp10Compatible}). */
    String name();

    /**
     * The identifiers a Java file that makes the setting mentions, or the text of a string literal that names it
     * ({@code "redirectHttp10Compatible"} handed to a {@code BeanWrapper}): a file with none is not read for it.
     */
    List<String> words();

    /**
     * Where the setting is made ({@code path:line}), if anywhere.
     *
     * @param javaFiles the parsed Java files that mention one of the {@link #words()}
     * @param xmlFiles the run's XML configuration files
     */
    Optional<String> read(List<SourceFile> javaFiles, List<Path> xmlFiles);

    /** The line for the debug log that says what the setting does, made at {@code where}. */
    String note(String where);
}
