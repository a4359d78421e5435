package dev.redirectlint.rules;

import dev.redirectlint.testing.RuleTester;
import org.junit.jupiter.api.Test;

/** A Faces PhaseListener sees every request, GET and POST: its redirects are any-method-302. */
class AnyMethod302FacesTest {

    @Test
    void aPhaseListenerAcceptsEveryMethod() {
        RuleTester.forRule(AnyMethod302Rule.ID).source("""
                import jakarta.faces.context.ExternalContext;
                import jakarta.faces.context.FacesContext;
                import jakarta.faces.event.PhaseEvent;
                import jakarta.faces.event.PhaseId;
                import jakarta.faces.event.PhaseListener;
                import java.io.IOException;
                import java.io.UncheckedIOException;

                public class LoginCheck implements PhaseListener {
                    @Override
                    public void afterPhase(PhaseEvent event) {
                        FacesContext context = event.getFacesContext();
                        ExternalContext external = context.getExternalContext();
                        if (external.getUserPrincipal() == null && !context.getViewRoot().getViewId().endsWith("login.xhtml")) {
                            try {
                                external.redirect(external.getRequestContextPath() + "/login.xhtml"); // finding: LoginCheck#afterPhase accepts every HTTP method and answers 302 Found through Faces ExternalContext.redirect
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        }
                    }

                    @Override
                    public PhaseId getPhaseId() {
                        return PhaseId.RESTORE_VIEW;
                    }
                }
                """).check();
    }

    @Test
    void aViewPhaseListenerOfABeanIsNotAnAction() {
        RuleTester.forAllRules().source("""
                import jakarta.faces.context.FacesContext;
                import jakarta.faces.event.PhaseEvent;
                import jakarta.inject.Named;
                import java.io.IOException;

                @Named
                public class GuardBean {
                    public void beforeRender(PhaseEvent event) throws IOException {
                        FacesContext.getCurrentInstance().getExternalContext().redirect("login.xhtml"); // f:view beforePhase: every request
                    }
                }
                """).check();
    }
}
