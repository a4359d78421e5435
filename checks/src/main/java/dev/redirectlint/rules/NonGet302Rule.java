package dev.redirectlint.rules;

import dev.redirectlint.api.RuleInfo;
import dev.redirectlint.api.Severity;
import dev.redirectlint.model.HandlerAnalysis;
import dev.redirectlint.model.Redirect;
import java.util.List;

/** A handler that accepts POST, PUT, PATCH or DELETE answers 302 Found. */
public final class NonGet302Rule extends RedirectStatusRule {

    public static final String ID = "non-get-302";

    private static final RuleInfo INFO = new RuleInfo(ID, Severity.WARNING,
            "Handler accepting POST, PUT, PATCH or DELETE answers 302 Found",
            "After a 302 Found, clients may repeat a POST, PUT, PATCH or DELETE as a GET, and some do not: "
                    + "the outcome depends on the client. Say what you mean: 303 See Other makes the client follow "
                    + "with a GET (Post/Redirect/Get after a form), 307 Temporary Redirect makes it repeat the "
                    + "request with its method and body.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    boolean flags(HandlerAnalysis handler, Redirect redirect) {
        return redirect.isStatus(302) && handler.handler().methods().namesUnsafe();
    }

    @Override
    List<Integer> suggestedStatuses(FindingSink sink) {
        return for302(sink);
    }
}
