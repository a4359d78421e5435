package dev.redirectlint.frameworks.faces;

import dev.redirectlint.api.Fix;
import dev.redirectlint.model.Remedy;
import java.util.Optional;

/**
 * Advice only: Faces has no redirect that takes a status. Both its navigation redirect and
 * {@code ExternalContext.redirect} call {@code HttpServletResponse.sendRedirect} (302) on a full postback, so
 * another status is set by hand with {@code ExternalContext.setResponseStatus} and {@code setResponseHeader},
 * ending with {@code FacesContext.responseComplete()}. No edit is offered: that code is right only for a full
 * postback, while an Ajax request needs the partial-response redirect Faces writes for it.
 */
record FacesRemedy(String replace, String location, String then) implements Remedy {

    /** For {@code ExternalContext.redirect(url)}. */
    static FacesRemedy forRedirectCall() {
        return new FacesRemedy("replace redirect(url) with", "externalContext.encodeRedirectURL(url, null)", "");
    }

    /** For OmniFaces' {@code Faces.redirect(url)}, {@code refresh()} or {@code redirectPermanent(url)}. */
    static FacesRemedy forOmniFaces(String method) {
        return new FacesRemedy("replace " + method + "(...) with", "externalContext.encodeRedirectURL(url, null)", "");
    }

    /** For an outcome with {@code faces-redirect=true}: the view's URL comes from its ViewHandler. */
    static FacesRemedy forOutcome() {
        return new FacesRemedy("call", "the view's ViewHandler.getRedirectURL", " and return null");
    }

    /**
     * For an action listener whose command's written outcome redirects: the listener answers instead, and the
     * command's {@code action} no longer navigates (removed, or an outcome no redirecting case takes).
     */
    static FacesRemedy forListenerOutcome() {
        return new FacesRemedy("call", "the view's ViewHandler.getRedirectURL",
                " at the end of the listener, and remove the command's action outcome");
    }

    @Override
    public String advice(int status) {
        return "on a non-Ajax request, " + replace + " externalContext.setResponseStatus(" + status
                + "), setResponseHeader(\"Location\", " + location + ") and facesContext.responseComplete()" + then;
    }

    @Override
    public Optional<Fix> fix(int status) {
        return Optional.empty();
    }

    @Override
    public Optional<String> whyNoFix() {
        return Optional.of("Faces has no redirect with a status; one set by hand is right for a full postback only, "
                + "an Ajax request needs the partial-response redirect Faces writes");
    }
}
