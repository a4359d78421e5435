package dev.redirectlint.rules;

import dev.redirectlint.api.RuleInfo;
import dev.redirectlint.api.Severity;
import dev.redirectlint.model.HandlerAnalysis;
import dev.redirectlint.model.Redirect;
import java.util.List;

/** A handler mapped to every HTTP method (no method restriction) answers 302 Found. */
public final class AnyMethod302Rule extends RedirectStatusRule {

    public static final String ID = "any-method-302";

    private static final RuleInfo INFO = new RuleInfo(ID, Severity.INFO,
            "Handler mapped to every HTTP method answers 302 Found",
            "A mapping without a method restriction (a @RequestMapping without method, an overridden "
                    + "HttpServlet.service) also accepts POST, PUT, PATCH and DELETE, and after a 302 a client may "
                    + "repeat those as a GET. Restrict the mapping to the methods it serves, or send 303 See Other "
                    + "or 307 Temporary Redirect.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    boolean flags(HandlerAnalysis handler, Redirect redirect) {
        return redirect.isStatus(302) && handler.handler().methods().any();
    }

    @Override
    List<Integer> suggestedStatuses(FindingSink sink) {
        return for302(sink);
    }
}
