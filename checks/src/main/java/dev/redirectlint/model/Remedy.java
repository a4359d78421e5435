package dev.redirectlint.model;

import dev.redirectlint.api.Fix;
import java.util.Optional;

/** How to make one redirect send another status: advice for people, and edits where they are safe. */
public interface Remedy {

    /** What to write, as a short imperative: "annotate the handler with @ResponseStatus(HttpStatus.SEE_OTHER)". */
    String advice(int status);

    /** Edits that make the code send {@code status}, or empty where no rewrite is safe. */
    Optional<Fix> fix(int status);

    /** Why {@link #fix} gives no edits, for the person who must change the code by hand; empty if unknown. */
    default Optional<String> whyNoFix() {
        return Optional.empty();
    }
}
