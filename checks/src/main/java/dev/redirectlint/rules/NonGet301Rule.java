package dev.redirectlint.rules;

import dev.redirectlint.api.RuleInfo;
import dev.redirectlint.api.Severity;
import dev.redirectlint.model.HandlerAnalysis;
import dev.redirectlint.model.Redirect;
import java.util.List;

/**
 * A handler that accepts POST, PUT, PATCH or DELETE answers 301 Moved Permanently: one that names such a method,
 * or one mapped without any method (a legacy-URL redirector), which a form's POST reaches too. Unlike 302,
 * there is no separate rule for the every-method case: a 301 is permanent and cached, so the lost body is
 * lost for good, whoever sent it.
 */
public final class NonGet301Rule extends RedirectStatusRule {

    public static final String ID = "non-get-301";

    private static final RuleInfo INFO = new RuleInfo(ID, Severity.WARNING,
            "Handler accepting POST, PUT, PATCH or DELETE answers 301 Moved Permanently",
            "Like 302, a 301 Moved Permanently lets clients repeat a POST, PUT, PATCH or DELETE as a GET, and "
                    + "caches remember it. Send 308 Permanent Redirect to keep the method and body, or 303 See Other "
                    + "to have the client follow with a GET.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    boolean flags(HandlerAnalysis handler, Redirect redirect) {
        return redirect.isStatus(301) && handler.handler().methods().acceptsUnsafe();
    }

    @Override
    List<Integer> suggestedStatuses(FindingSink sink) {
        return List.of(308, 303);
    }
}
