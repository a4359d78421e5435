package dev.redirectlint.rules;

import dev.redirectlint.api.RuleInfo;
import dev.redirectlint.api.Severity;
import dev.redirectlint.fix.Statuses;
import dev.redirectlint.model.HandlerAnalysis;
import dev.redirectlint.model.Mechanism;
import dev.redirectlint.model.Redirect;
import java.util.List;

/**
 * A handler sets a redirect status (301, 302, 303, 307, 308) with an API that sets only the status,
 * and nothing it runs sets a Location header.
 */
public final class RedirectWithoutLocationRule implements Rule {

    public static final String ID = "redirect-without-location";

    private static final RuleInfo INFO = new RuleInfo(ID, Severity.WARNING,
            "Redirect status without a Location header",
            "A 301, 302, 303, 307 or 308 response tells the client to go elsewhere; without a Location header it "
                    + "has nowhere to go. ResponseEntity.status(...), Response.status(...), setStatus(...) and "
                    + "@ResponseStatus set only the status: set the Location header too, or use an API that sets "
                    + "both (ResponseEntity...location(uri), Response.seeOther(uri), a redirect view).");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(HandlerAnalysis handler, FindingSink sink) {
        if (handler.setsLocation()) {
            return;
        }
        for (Redirect redirect : handler.redirects()) {
            int status = redirect.status();
            boolean needsLocation = status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
            if (needsLocation && redirect.mechanism().setsStatusOnly()) {
                List<String> args = List.of(handler.handler().displayName(), handler.handler().methods().describe(),
                        redirect.description(), Statuses.describe(status),
                        locationAdvice(redirect.mechanism()));
                sink.report(ID, handler, redirect, ID, args, List.of());
            }
        }
    }

    /** The bundle's text for the mechanism, else the one its framework's home gives. */
    private static String locationAdvice(Mechanism mechanism) {
        String key = "location." + mechanism.name();
        return Messages.has(key) ? Messages.format(key) : mechanism.locationAdvice();
    }
}
