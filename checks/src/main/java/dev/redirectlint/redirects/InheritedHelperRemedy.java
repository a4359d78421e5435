package dev.redirectlint.redirects;

import dev.redirectlint.api.Fix;
import dev.redirectlint.model.Remedy;
import java.util.Optional;

/**
 * The remedy for a redirect made in a helper that a superclass in another file declares: the advice
 * names that helper, and no edit is offered, since this file's fixes cannot change another file and
 * the helper may serve GET handlers as well.
 */
final class InheritedHelperRemedy implements Remedy {

    private final Remedy remedy;
    private final String helper;

    /** @param helper {@code Owner#method} */
    InheritedHelperRemedy(Remedy remedy, String helper) {
        this.remedy = remedy;
        this.helper = helper;
    }

    @Override
    public String advice(int status) {
        return remedy.advice(status) + " in " + helper;
    }

    @Override
    public Optional<Fix> fix(int status) {
        return Optional.empty();
    }
}
