package dev.redirectlint.model;

import java.util.List;

/**
 * What the engine learned about one handler: the statuses it answers with and whether it sets a
 * Location header anywhere. Rules decide which of these are findings.
 */
public record HandlerAnalysis(Handler handler, List<Redirect> redirects, boolean setsLocation) {

    public HandlerAnalysis {
        redirects = List.copyOf(redirects);
    }
}
