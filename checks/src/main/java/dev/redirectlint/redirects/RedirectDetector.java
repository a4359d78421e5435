package dev.redirectlint.redirects;

import dev.redirectlint.model.Redirect;
import java.util.List;

/** Finds the statuses one kind of API sets in a handler, with a remedy for each. */
public interface RedirectDetector {

    /**
     * Adds what this API contributes to {@code found}, which holds what earlier detectors found.
     */
    void detect(HandlerContext context, List<Redirect> found);
}
