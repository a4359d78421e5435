package dev.redirectlint.frameworks.faces;

import dev.redirectlint.model.Redirect;
import dev.redirectlint.redirects.HandlerContext;
import dev.redirectlint.redirects.RedirectDetector;
import java.util.List;
import java.util.Optional;

/**
 * An action listener of a full-postback command whose outcome is written in the view and redirects
 * ({@code <h:commandButton action="update" actionListener="#{hourTypesBean.update(hourType)}"/>} with a
 * navigation case for {@code update} that has {@code <redirect/>}, or {@code action="list?faces-redirect=true"}):
 * Faces' {@code ActionListenerImpl} runs the listener, then hands the literal outcome to the navigation handler,
 * which redirects with 302. The listener is the Java code that answers the POST, so the finding is on it.
 */
final class ListenerOutcomeRedirects implements RedirectDetector {

    @Override
    public void detect(HandlerContext context, List<Redirect> found) {
        if (context.handler().framework() != FacesTypes.FRAMEWORK || context.handler().isLambda()) {
            return;
        }
        Optional<FacesConfig> config = context.names().index().settings().config(FacesConfig.class);
        Optional<String> bean = BeanNames.of(context.handler().type(), context.names());
        if (config.isEmpty() || bean.isEmpty()) {
            return;
        }
        String method = context.handler().method().getNameAsString();
        for (var entry : config.get().views().listenerOutcomes(bean.get(), method).entrySet()) {
            String outcome = entry.getKey();
            Optional<String> how = config.get().listenerOutcomeRedirect(outcome, entry.getValue());
            if (how.isPresent()) {
                boolean own = RedirectOutcomes.redirects(outcome);
                found.add(new Redirect(own ? FacesTypes.REDIRECT_OUTCOME : FacesTypes.NAVIGATION_CASE,
                        "the view's outcome \"" + outcome + "\" after this action listener, redirected by "
                                + how.get() + FacesTypes.FULL_REQUEST,
                        302, context.handler().method().getName(), Optional.empty(), "action=\"" + outcome + "\"",
                        FacesRemedy.forListenerOutcome()));
                return; // one finding for the listener: its other outcomes redirect the same way
            }
        }
    }
}
