package dev.redirectlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redirectlint.api.Finding;
import dev.redirectlint.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Faces action methods (answered on a form postback, a POST) that redirect: 302 on a full postback. */
class NonGet302FacesTest {

    @Test
    void flagsActionsWhoseOutcomeRedirects() {
        RuleTester.forRule(NonGet302Rule.ID).source("""
                import jakarta.enterprise.context.RequestScoped;
                import jakarta.inject.Named;

                @Named
                @RequestScoped
                public class OrderBean {
                    private static final String TO_LIST = "orders?faces-redirect=true";
                    private boolean valid;

                    public String save() {
                        return "orders?faces-redirect=true"; // finding: OrderBean#save accepts POST but answers 302 Found through a faces-redirect=true outcome (on a non-Ajax request);
                    }

                    public String update() {
                        return valid ? TO_LIST : null; // finding: through a faces-redirect=true outcome
                    }

                    public String edit(long id) {
                        return "edit?id=" + id + "&faces-redirect=true"; // finding: OrderBean#edit accepts POST
                    }

                    public String view() {
                        return "order"; // a forward: the same POST renders the view
                    }

                    public String keep() {
                        return "orders?faces-redirect=false";
                    }

                    public String getHomeOutcome() {
                        return "home?faces-redirect=true"; // a property, read by h:link for a GET
                    }

                    String packagePrivate() {
                        return "orders?faces-redirect=true";
                    }
                }
                """).check();
    }

    @Test
    void flagsExternalContextRedirectsInActions() {
        RuleTester.forRule(NonGet302Rule.ID).source("""
                import jakarta.annotation.PostConstruct;
                import jakarta.faces.context.ExternalContext;
                import jakarta.faces.context.FacesContext;
                import jakarta.faces.event.ComponentSystemEvent;
                import jakarta.faces.view.ViewScoped;
                import jakarta.inject.Inject;
                import jakarta.inject.Named;
                import java.io.IOException;
                import java.io.Serializable;

                @Named("account")
                @ViewScoped
                public class AccountBean implements Serializable {
                    @Inject
                    private ExternalContext externalContext;
                    @Inject
                    private FacesContext facesContext;

                    public void logout() throws IOException {
                        FacesContext.getCurrentInstance().getExternalContext().redirect("login.xhtml"); // finding: AccountBean#logout accepts POST but answers 302 Found through Faces ExternalContext.redirect
                    }

                    public void close() throws IOException {
                        ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
                        ec.redirect(ec.getRequestContextPath() + "/closed.xhtml"); // finding: AccountBean#close accepts POST
                    }

                    public void delete() throws IOException {
                        externalContext.redirect("deleted.xhtml"); // finding: AccountBean#delete accepts POST
                    }

                    public String rename() throws IOException {
                        facesContext.getExternalContext().redirect("renamed.xhtml"); // finding: AccountBean#rename accepts POST
                        return null;
                    }

                    public void expire() throws IOException {
                        var external = FacesContext.getCurrentInstance().getExternalContext();
                        external.redirect("expired.xhtml"); // finding: AccountBean#expire accepts POST
                    }

                    public void omni() throws IOException {
                        org.omnifaces.util.Faces.getExternalContext().redirect("omni.xhtml"); // finding: AccountBean#omni accepts POST
                    }

                    public void archive() throws IOException {
                        home(); // finding: AccountBean#archive accepts POST but answers 302 Found through Faces ExternalContext.redirect
                    }

                    private void home() throws IOException {
                        context().redirect("index.xhtml");
                    }

                    private ExternalContext context() {
                        return FacesContext.getCurrentInstance().getExternalContext();
                    }

                    @PostConstruct
                    public void init() {
                        try {
                            externalContext.redirect("login.xhtml"); // when the bean is created, on a GET as well
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        }
                    }

                    public void checkLogin(ComponentSystemEvent event) throws IOException {
                        externalContext.redirect("login.xhtml"); // a preRenderView listener, run on GET
                    }
                }
                """).check();
    }

    @Test
    void readsJavaxManagedBeans() {
        RuleTester.forRule(NonGet302Rule.ID).source("""
                import java.io.IOException;
                import javax.faces.bean.ManagedBean;
                import javax.faces.context.FacesContext;

                @ManagedBean
                public class LegacyBean {
                    public String submit() {
                        return "done?faces-redirect=true"; // finding: LegacyBean#submit accepts POST
                    }

                    public void leave() throws IOException {
                        FacesContext.getCurrentInstance().getExternalContext().redirect("bye.xhtml"); // finding: LegacyBean#leave accepts POST
                    }
                }
                """).check();
    }

    @Test
    void followsTheOutcomeIntoHelpersOfABaseClass() {
        RuleTester.forRule(NonGet302Rule.ID).sources("""
                package crud;

                import jakarta.faces.view.ViewScoped;
                import jakarta.inject.Named;
                import java.io.Serializable;

                @Named
                @ViewScoped
                public class StudentsController extends BaseController implements Serializable {
                    private long id;

                    public String create() {
                        return redirectTo("/students/show.xhtml?id=" + id); // finding: StudentsController#create accepts POST but answers 302 Found through a faces-redirect=true outcome
                    }

                    public String destroy() {
                        return this.redirectTo("/students/index.xhtml"); // finding: StudentsController#destroy accepts POST
                    }

                    public String back() {
                        return outcome("/students/index.xhtml"); // finding: StudentsController#back accepts POST
                    }
                }
                """, """
                package crud;

                public abstract class BaseController {
                    protected String redirectTo(String path) {
                        if (path.endsWith(".xhtml")) {
                            return path + "?faces-redirect=true";
                        }
                        return path + "&faces-redirect=true";
                    }

                    public String outcome(String view) {
                        return view + "?faces-redirect=true&includeViewParams=true"; // a helper the actions call, not an action
                    }
                }
                """).check();
    }

    @Test
    void flagsNavigationStartedInCodeWithARedirectOutcome() {
        RuleTester.forRule(NonGet302Rule.ID).source("""
                import jakarta.enterprise.context.RequestScoped;
                import jakarta.faces.application.ConfigurableNavigationHandler;
                import jakarta.faces.application.NavigationHandler;
                import jakarta.faces.context.FacesContext;
                import jakarta.inject.Named;

                @Named
                @RequestScoped
                public class NavigationBean {
                    private String outcome;

                    public void navigate() {
                        FacesContext context = FacesContext.getCurrentInstance();
                        NavigationHandler handler = context.getApplication().getNavigationHandler();
                        handler.handleNavigation(context, null, outcome + "?faces-redirect=true"); // finding: NavigationBean#navigate accepts POST but answers 302 Found through a faces-redirect=true outcome
                    }

                    public void home() {
                        FacesContext context = FacesContext.getCurrentInstance();
                        context.getApplication().getNavigationHandler().handleNavigation(context, null, "home?faces-redirect=true"); // finding: NavigationBean#home accepts POST
                    }

                    public void perform() {
                        ConfigurableNavigationHandler navigation = (ConfigurableNavigationHandler)
                                FacesContext.getCurrentInstance().getApplication().getNavigationHandler();
                        navigation.performNavigation("home?faces-redirect=true"); // finding: NavigationBean#perform accepts POST
                    }

                    public void forward() {
                        FacesContext context = FacesContext.getCurrentInstance();
                        context.getApplication().getNavigationHandler().handleNavigation(context, null, "home");
                    }
                }
                """).check();
    }

    @Test
    void aModelBeanIsNamed() {
        RuleTester.forRule(NonGet302Rule.ID).source("""
                import jakarta.enterprise.inject.Model;

                @Model
                public class SearchBean {
                    public String search() {
                        return "results?faces-redirect=true"; // finding: SearchBean#search accepts POST
                    }
                }
                """).check();
    }

    @Test
    void flagsOmniFacesRedirects() {
        RuleTester.forRule(NonGet302Rule.ID).source("""
                import static org.omnifaces.util.Faces.refresh;

                import jakarta.faces.context.FacesContext;
                import jakarta.inject.Named;
                import org.omnifaces.util.Faces;
                import org.omnifaces.util.FacesLocal;

                @Named
                public class ProfileBean {
                    public void save() {
                        Faces.redirect("profile.xhtml?id=%s", "42"); // finding: ProfileBean#save accepts POST but answers 302 Found through OmniFaces Faces.redirect (on a non-Ajax request)
                    }

                    public void reload() {
                        refresh(); // finding: ProfileBean#reload accepts POST but answers 302 Found through OmniFaces Faces.redirect
                    }

                    public void leave() {
                        FacesLocal.redirect(FacesContext.getCurrentInstance(), "bye.xhtml"); // finding: ProfileBean#leave accepts POST
                    }
                }
                """).check();
    }

    @Test
    void omniFacesRedirectPermanentIsA301() {
        RuleTester.forRule(NonGet301Rule.ID).source("""
                import jakarta.inject.Named;
                import org.omnifaces.util.Faces;

                @Named
                public class MovedBean {
                    public void submit() {
                        Faces.redirectPermanent("new.xhtml"); // finding: MovedBean#submit accepts POST but answers 301 Moved Permanently through OmniFaces Faces.redirectPermanent
                    }
                }
                """).check();
    }

    @Test
    void anotherFacesUtilityIsNotOmniFaces() {
        RuleTester.forRule(NonGet302Rule.ID).sources("""
                package shop;

                import com.acme.util.Faces;
                import jakarta.inject.Named;

                @Named
                public class CartBean {
                    public void checkout() {
                        Faces.redirect("/paid");
                        redirect("/paid", 1);
                        refresh();
                    }

                    private void redirect(String to, int times) {
                    }

                    private void refresh() {
                    }
                }
                """).check();
    }

    @Test
    void theServletResponseOfAnActionRedirectsAsAServletsDoes() {
        RuleTester.forRule(NonGet302Rule.ID).source("""
                import jakarta.faces.context.FacesContext;
                import jakarta.inject.Named;
                import jakarta.servlet.http.HttpServletResponse;
                import java.io.IOException;

                @Named
                public class ExportBean {
                    public void export() throws IOException {
                        HttpServletResponse response = (HttpServletResponse) FacesContext.getCurrentInstance()
                                .getExternalContext().getResponse();
                        response.sendRedirect("done.xhtml"); // finding: ExportBean#export accepts POST but answers 302 Found through HttpServletResponse.sendRedirect
                    }
                }
                """).check();
    }

    @Test
    void anotherRedirectIsNotTheExternalContexts() {
        RuleTester.forRule(NonGet302Rule.ID).sources("""
                package shop;

                import com.acme.web.ExternalContext;
                import jakarta.inject.Named;

                @Named
                public class ShopBean {
                    private final ExternalContext external = new ExternalContext();
                    private final Navigator navigator = new Navigator();

                    public void leave() {
                        external.redirect("/bye");
                        navigator.redirect("/bye");
                    }

                    public String outcome() {
                        return "faces-redirect=true";
                    }
                }
                """, """
                package shop;

                public class Navigator {
                    public void redirect(String to) {
                    }
                }
                """).check();
    }

    @Test
    void onlyBeansHaveActions() {
        RuleTester.forRule(NonGet302Rule.ID).source("""
                import jakarta.enterprise.context.RequestScoped;
                import jakarta.faces.context.FacesContext;
                import java.io.IOException;

                @RequestScoped
                public class Unnamed {
                    public String save() {
                        return "orders?faces-redirect=true"; // not named: no EL expression reaches it
                    }

                    public void leave() throws IOException {
                        FacesContext.getCurrentInstance().getExternalContext().redirect("bye.xhtml");
                    }
                }
                """).check();
    }

    @Test
    void theAdviceSetsTheStatusByHandWithoutAnEdit() {
        RuleTester tester = RuleTester.forRule(NonGet302Rule.ID).source("""
                import jakarta.faces.context.FacesContext;
                import jakarta.inject.Named;
                import java.io.IOException;

                @Named
                public class LogoutBean {
                    public void logout() throws IOException {
                        FacesContext.getCurrentInstance().getExternalContext().redirect("login.xhtml");
                    }
                }
                """);
        tester.expectNoFix();
        List<Finding> findings = tester.findings();
        assertThat(findings).singleElement().satisfies(finding -> assertThat(finding.message())
                .contains("externalContext.setResponseStatus(303)")
                .contains("externalContext.encodeRedirectURL(url, null)")
                .contains("facesContext.responseComplete()"));
    }
}
