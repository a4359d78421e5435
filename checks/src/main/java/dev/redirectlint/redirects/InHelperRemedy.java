package dev.redirectlint.redirects;

import dev.redirectlint.api.Fix;
import dev.redirectlint.model.Remedy;
import java.util.Optional;

/**
 * The remedy for a redirect made in a helper of another class (a base class in another file, a utility
 * class): the advice says where to make the change; the fix, an edit in the helper's own file, is the
 * helper's. Changing the helper changes every handler that calls it, GET ones too, for which 303 and 307
 * are as right as 302.
 */
final class InHelperRemedy implements Remedy {

    private final Remedy remedy;
    private final String helper;

    /** @param helper {@code Owner#method} */
    InHelperRemedy(Remedy remedy, String helper) {
        this.remedy = remedy;
        this.helper = helper;
    }

    @Override
    public String advice(int status) {
        return remedy.advice(status) + " in " + helper;
    }

    @Override
    public Optional<Fix> fix(int status) {
        return remedy.fix(status);
    }
}
