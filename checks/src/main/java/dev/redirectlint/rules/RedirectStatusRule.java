package dev.redirectlint.rules;

import dev.redirectlint.model.HandlerAnalysis;
import dev.redirectlint.model.Redirect;
import dev.redirectlint.model.Remedy;
import java.util.List;

/**
 * Shared shape of the rules that flag a redirect status a handler should not send for the methods it
 * accepts: they differ in which handlers and statuses they flag and which statuses they suggest.
 */
abstract class RedirectStatusRule implements Rule {

    /** True if this rule flags the redirect of this handler. */
    abstract boolean flags(HandlerAnalysis handler, Redirect redirect);

    /** The statuses to suggest, the preferred one first. */
    abstract List<Integer> suggestedStatuses(FindingSink sink);

    @Override
    public final void check(HandlerAnalysis handler, FindingSink sink) {
        for (Redirect redirect : handler.redirects()) {
            if (flags(handler, redirect)) {
                List<Integer> statuses = suggestedStatuses(sink);
                List<String> args = List.of(handler.handler().displayName(), handler.handler().methods().describe(),
                        redirect.description(), advice(redirect.remedy(), statuses.get(0)),
                        advice(redirect.remedy(), statuses.get(1)));
                sink.report(info().id(), handler, redirect, info().id(), args, statuses);
            }
        }
    }

    private static String advice(Remedy remedy, int status) {
        return Messages.format("fix." + status, remedy.advice(status));
    }

    static List<Integer> for302(FindingSink sink) {
        return sink.preferredStatus() == 307 ? List.of(307, 303) : List.of(303, 307);
    }
}
