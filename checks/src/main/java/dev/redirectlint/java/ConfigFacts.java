package dev.redirectlint.java;

import dev.redirectlint.api.ProcessingError;
import java.util.List;
import java.util.Set;

/**
 * What a framework's home read from its own files among the project's configuration files (Play's
 * {@code conf/routes}, Faces' views), for its handler frameworks to look up through
 * {@link ProjectSettings#config(Class)}. Its {@code toString} must describe all of it (a record of sorted values
 * does): the cache re-analyses every file when the settings' text changes.
 */
public interface ConfigFacts {

    /**
     * The files it could not read, each with its reason (a malformed XML file, say): they are reported like a
     * Java file that does not parse, and the run goes on with what the other files say. None by default.
     */
    default List<ProcessingError> errors() {
        return List.of();
    }

    /**
     * Text that makes a source file worth analysing although the lexical prefilter finds no redirect in it,
     * because these files make a redirect of what its code returns (an outcome that a configured navigation rule
     * redirects, as a string literal with its quotes: {@code "saved"}). The engine also analyses each source to
     * check whose text contains one of them. A word too many costs a parse; none by default.
     */
    default Set<String> candidateText() {
        return Set.of();
    }

    /**
     * Qualified names ({@code shop.web.OrderAction}, {@code .} for a nested class) of classes the files make
     * handlers that may redirect with nothing in their Java saying so (the redirect is in the file, as a
     * {@code struts.xml} result is): the project files that declare them are analysed whatever the lexical
     * prefilter finds in them. None by default.
     */
    default Set<String> entryTypes() {
        return Set.of();
    }
}
