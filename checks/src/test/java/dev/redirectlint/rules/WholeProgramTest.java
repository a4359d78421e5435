package dev.redirectlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redirectlint.api.Finding;
import dev.redirectlint.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The redirects a handler reaches through the whole program: helpers of other classes, base classes at any
 * depth, inherited handler methods, template methods, returned results of other methods, values through
 * every Java form. Each test is several files analysed as one project.
 */
class WholeProgramTest {

    private final RuleTester tester = RuleTester.forAllRules();

    @Nested
    class StaticHelpersOfOtherClasses {

        @Test
        void servletResponseHelperOfAUtilityClass() {
            tester.sources("""
                    package shop.util;

                    import jakarta.servlet.http.HttpServletResponse;

                    public final class WebUtils {
                        private WebUtils() {}

                        public static void redirectHome(HttpServletResponse response) throws java.io.IOException {
                            response.sendRedirect("/");
                        }
                    }
                    """, """
                    package shop.web;

                    import jakarta.servlet.http.*;
                    import shop.util.WebUtils;

                    public class LogoutServlet extends HttpServlet {
                        @Override
                        protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {
                            WebUtils.redirectHome(resp); // finding: LogoutServlet#doPost accepts POST but answers 302 Found through HttpServletResponse.sendRedirect in WebUtils#redirectHome
                        }

                        @Override
                        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {
                            WebUtils.redirectHome(resp);
                        }
                    }
                    """).check();
        }

        @Test
        void viewNameHelperWithAStaticImportAndALombokUtilityClass() {
            tester.sources("""
                    package shop.util;

                    import lombok.experimental.UtilityClass;

                    @UtilityClass
                    public class ViewUtils {
                        public String redirect(String url) {
                            return "redirect:" + url;
                        }
                    }
                    """, """
                    package shop.util;

                    public final class Views {
                        public static String toList(String entity) {
                            return ViewUtils.redirect("/" + entity + "s");
                        }
                    }
                    """, """
                    package shop.web;

                    import static shop.util.Views.toList;

                    import org.springframework.stereotype.Controller;
                    import org.springframework.web.bind.annotation.PostMapping;
                    import shop.util.ViewUtils;

                    @Controller
                    class OrderController {
                        @PostMapping("/orders")
                        String create() {
                            return ViewUtils.redirect("/orders"); // finding: OrderController#create accepts POST
                        }

                        @PostMapping("/orders/{id}/delete")
                        String delete() {
                            return toList("order"); // finding: OrderController#delete accepts POST
                        }
                    }
                    """).check();
        }

        @Test
        void javalinRedirectHelperOfAnotherController() {
            tester.sources("""
                    package app;

                    import io.javalin.http.Context;

                    public class PageController {
                        public static void toLogin(Context ctx) {
                            ctx.redirect("/login");
                        }
                    }
                    """, """
                    package app;

                    import io.javalin.Javalin;

                    public class App {
                        public static void main(String[] args) {
                            Javalin app = Javalin.create();
                            app.post("/logout", ctx -> PageController.toLogin(ctx)); // finding: through Javalin Context.redirect in PageController#toLogin
                            app.get("/account", ctx -> PageController.toLogin(ctx));
                        }
                    }
                    """).check();
        }

        @Test
        void aHelperOfTheSameNameInAnUnrelatedClassDoesNotCount() {
            tester.sources("""
                    package shop.util;

                    import jakarta.servlet.http.HttpServletResponse;

                    public final class WebUtils {
                        public static void redirectHome(HttpServletResponse response) throws java.io.IOException {
                            response.sendRedirect("/");
                        }
                    }
                    """, """
                    package shop.other;

                    import jakarta.servlet.http.HttpServletResponse;

                    public final class WebUtils {
                        public static void redirectHome(HttpServletResponse response) {
                            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
                        }
                    }
                    """, """
                    package shop.web;

                    import jakarta.servlet.http.*;
                    import shop.other.WebUtils;

                    public class LogoutServlet extends HttpServlet {
                        @Override
                        protected void doPost(HttpServletRequest req, HttpServletResponse resp) {
                            WebUtils.redirectHome(resp);
                        }
                    }
                    """).check();
        }
    }

    @Nested
    class SuperclassChains {

        @Test
        void aResponseFieldInheritedFromABaseInAnotherFileIsTypedByThatFilesImports() {
            tester.sources("""
                    package site.util;

                    import javax.servlet.http.HttpServletRequest;
                    import javax.servlet.http.HttpServletResponse;

                    public abstract class WebBean {
                        protected HttpServletResponse response;

                        public void init(HttpServletRequest request, HttpServletResponse response) {
                            this.response = response;
                        }
                    }
                    """, """
                    package site.util;

                    public class WebManager extends WebBean {
                        public void logEvent(String what) {
                            if (what == null) {
                                showServerDown();
                            }
                        }

                        protected void showServerDown() {
                            try {
                                response.sendRedirect("error-serverdown.jsp");
                            } catch (Exception e) {
                                // nothing to do
                            }
                        }
                    }
                    """, """
                    package site.web;

                    import javax.servlet.http.*;
                    import site.util.WebManager;

                    public class SettingsServlet extends HttpServlet {
                        @Override
                        protected void doPost(HttpServletRequest request, HttpServletResponse response) {
                            WebManager manager = new WebManager();
                            manager.init(request, response);
                            manager.logEvent(request.getParameter("event")); // finding: SettingsServlet#doPost accepts POST but answers 302 Found through HttpServletResponse.sendRedirect in WebManager#showServerDown
                        }
                    }
                    """).check();
        }

        @Test
        void aHelperThreeSuperclassesUpInOtherFiles() {
            tester.sources("""
                    package web;

                    public abstract class BaseController {
                        protected String redirect(String path) {
                            return "redirect:" + path;
                        }
                    }
                    """, """
                    package web;

                    public abstract class ApiController extends BaseController {
                    }
                    """, """
                    package web.admin;

                    import web.ApiController;

                    public abstract class AdminController extends ApiController {
                    }
                    """, """
                    package web.admin;

                    import org.springframework.stereotype.Controller;
                    import org.springframework.web.bind.annotation.*;

                    @Controller
                    @RequestMapping("/admin/users")
                    public class AdminUserController extends AdminController {
                        @PostMapping
                        public String save() {
                            return redirect("/admin/users"); // finding: AdminUserController#save accepts POST but answers 302 Found through a "redirect:" view name in BaseController#redirect
                        }
                    }
                    """).check();
        }

        @Test
        void anOverrideOnTheWayDownWins() {
            tester.sources("""
                    package web;

                    public abstract class BaseController {
                        protected String redirect(String path) {
                            return "redirect:" + path;
                        }
                    }
                    """, """
                    package web;

                    public abstract class PageController extends BaseController {
                        @Override
                        protected String redirect(String path) {
                            return "pages" + path;
                        }
                    }
                    """, """
                    package web;

                    import org.springframework.stereotype.Controller;
                    import org.springframework.web.bind.annotation.PostMapping;

                    @Controller
                    public class UserController extends PageController {
                        @PostMapping("/users")
                        public String save() {
                            return redirect("/users");
                        }
                    }
                    """).check();
        }
    }

    @Nested
    class InheritedHandlerMethods {

        private static final String CRUD = """
                package web.base;

                import org.springframework.web.bind.annotation.*;

                public abstract class AbstractCrudController<T> {
                    @RequestMapping(value = "create", method = RequestMethod.POST)
                    public String create(T entity) {
                        save(entity);
                        return redirectTo("list"); // finding: AbstractCrudController#create (inherited by OwnerController and PetController) accepts POST
                    }

                    @GetMapping("list")
                    public String list() {
                        return "list";
                    }

                    protected abstract void save(T entity);

                    protected String redirectTo(String path) {
                        return "redirect:" + path;
                    }
                }
                """;

        @Test
        void oneFindingAtTheBaseMethodNamingTheControllersThatExposeIt() {
            List<Finding> findings = tester.sources(CRUD, """
                    package web;

                    import org.springframework.stereotype.Controller;
                    import org.springframework.web.bind.annotation.RequestMapping;
                    import web.base.AbstractCrudController;

                    @Controller
                    @RequestMapping("/owners")
                    public class OwnerController extends AbstractCrudController<Owner> {
                        @Override
                        protected void save(Owner owner) { }
                    }
                    """, """
                    package web;

                    import org.springframework.stereotype.Controller;
                    import org.springframework.web.bind.annotation.RequestMapping;
                    import web.base.AbstractCrudController;

                    @Controller
                    @RequestMapping("/pets")
                    public class PetController extends AbstractCrudController<Pet> {
                        @Override
                        protected void save(Pet pet) { }
                    }
                    """, """
                    package web;

                    import org.springframework.stereotype.Controller;
                    import org.springframework.web.bind.annotation.RequestMapping;
                    import web.base.AbstractCrudController;

                    @Controller
                    @RequestMapping("/visits")
                    public class VisitController extends AbstractCrudController<Visit> {
                        @Override
                        public String create(Visit visit) {
                            return "visits/form";
                        }

                        @Override
                        protected void save(Visit visit) { }
                    }
                    """).check();
            assertThat(findings).singleElement().satisfies(finding -> {
                assertThat(finding.exposedBy()).containsExactly("OwnerController", "PetController");
                assertThat(finding.fixes()).isNotEmpty();
            });
        }

        @Test
        void aBaseClassWithNoConcreteSubclassIsNoHandler() {
            tester.source(CRUD.replace(" // finding: AbstractCrudController#create (inherited by OwnerController"
                    + " and PetController) accepts POST", "")).check();
        }
    }

    @Nested
    class TemplateMethods {

        /**
         * The concrete servlet's override decides the redirect, so the finding is the concrete servlet's, in its own
         * code, rather than one finding per subclass at the base class's call.
         */
        @Test
        void aBaseServletsDoPostReachesTheConcreteServletsOverride() {
            tester.sources("""
                    package web;

                    import jakarta.servlet.http.*;

                    public abstract class BaseServlet extends HttpServlet {
                        @Override
                        protected final void doPost(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {
                            handlePost(req, resp);
                        }

                        protected abstract void handlePost(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException;
                    }
                    """, """
                    package web;

                    import jakarta.servlet.http.*;

                    public class SaveServlet extends BaseServlet {
                        @Override
                        protected void handlePost(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {
                            resp.sendRedirect("/saved"); // finding: SaveServlet#handlePost accepts POST but answers 302 Found through HttpServletResponse.sendRedirect;
                        }
                    }
                    """, """
                    package web;

                    import jakarta.servlet.http.*;

                    public class PingServlet extends BaseServlet {
                        @Override
                        protected void handlePost(HttpServletRequest req, HttpServletResponse resp) {
                            resp.setStatus(HttpServletResponse.SC_NO_CONTENT);
                        }
                    }
                    """).check();
        }

        /** A callback the override hands on runs on its behalf: the finding names the override, not the callback. */
        @Test
        void aRedirectInAnAnonymousCallbackBelongsToTheOverrideThatCreatesIt() {
            tester.sources("""
                    package web;

                    import jakarta.servlet.FilterChain;
                    import jakarta.servlet.http.*;
                    import org.springframework.web.filter.OncePerRequestFilter;

                    public abstract class IgnorableFilter extends OncePerRequestFilter {
                        @Override
                        protected void doFilterInternal(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
                                throws java.io.IOException, jakarta.servlet.ServletException {
                            doFilterUnlessIgnored(req, resp, chain);
                        }

                        protected abstract void doFilterUnlessIgnored(HttpServletRequest req, HttpServletResponse resp,
                                FilterChain chain) throws java.io.IOException, jakarta.servlet.ServletException;
                    }
                    """, """
                    package web;

                    public interface Operation<T> {
                        T execute();
                    }
                    """, """
                    package web;

                    import jakarta.servlet.FilterChain;
                    import jakarta.servlet.http.*;

                    public class SandboxFilter extends IgnorableFilter {
                        @Override
                        protected void doFilterUnlessIgnored(final HttpServletRequest req, final HttpServletResponse resp,
                                final FilterChain chain) {
                            run(new Operation<Void>() {
                                @Override
                                public Void execute() {
                                    try {
                                        resp.sendRedirect("/stale"); // finding: SandboxFilter#doFilterUnlessIgnored accepts every HTTP method and answers 302 Found through HttpServletResponse.sendRedirect;
                                    } catch (java.io.IOException e) {
                                        throw new IllegalStateException(e);
                                    }
                                    return null;
                                }
                            });
                        }

                        private static <T> T run(Operation<T> operation) {
                            return operation.execute();
                        }
                    }
                    """).check();
        }
    }

    @Nested
    class ReturnedResults {

        @Test
        void superCallsLocalsAndOtherHandlers() {
            tester.sources("""
                    package web;

                    public abstract class BaseFormController {
                        protected String create(String name) {
                            return "redirect:/items";
                        }
                    }
                    """, """
                    package web;

                    import org.springframework.stereotype.Controller;
                    import org.springframework.web.bind.annotation.PostMapping;

                    @Controller
                    public class ItemController extends BaseFormController {
                        @PostMapping("/items")
                        @Override
                        public String create(String name) {
                            return super.create(name); // finding: ItemController#create accepts POST
                        }

                        @PostMapping("/items/send")
                        public String send(String to) {
                            String view = done(to); // finding: ItemController#send accepts POST
                            return view;
                        }

                        @PostMapping("/items/again")
                        public String again(String name) {
                            return create(name); // finding: ItemController#again accepts POST
                        }

                        private String done(String to) {
                            return "redirect:/sent";
                        }
                    }
                    """).check();
        }
    }

    @Nested
    class ValueForms {

        @Test
        void switchesTernariesAndLocalsOnSeveralPaths() {
            tester.sources("""
                    package web;

                    import org.springframework.http.HttpStatus;
                    import org.springframework.http.ResponseEntity;
                    import org.springframework.stereotype.Controller;
                    import org.springframework.web.bind.annotation.PostMapping;

                    @Controller
                    public class FlowController {
                        @PostMapping("/a")
                        public String a(int step) {
                            switch (step) {
                                case 1:
                                    return "redirect:/one"; // finding: FlowController#a accepts POST
                                default:
                                    return "flow";
                            }
                        }

                        @PostMapping("/b")
                        public String b(Object step) {
                            return switch (step) {
                                case Integer i when i > 0 -> "redirect:/positive"; // finding: FlowController#b accepts POST
                                case String s -> "flow";
                                default -> "flow";
                            };
                        }

                        @PostMapping("/c")
                        public ResponseEntity<Void> c(boolean done) {
                            HttpStatus status = HttpStatus.SEE_OTHER;
                            if (!done) {
                                status = HttpStatus.FOUND;
                            }
                            return ResponseEntity.status(status).header("Location", "/c").build(); // finding: FlowController#c accepts POST
                        }

                        @PostMapping("/d")
                        public ResponseEntity<Void> d(boolean done) {
                            HttpStatus status = done ? HttpStatus.SEE_OTHER : HttpStatus.TEMPORARY_REDIRECT;
                            return ResponseEntity.status(status).header("Location", "/d").build();
                        }
                    }
                    """).check();
        }

        @Test
        void aHelperInAnotherClassThatReturnsOneOfSeveralModelAndViews() {
            tester.sources("""
                    package web;

                    import org.springframework.web.servlet.ModelAndView;

                    public final class Results {
                        public static ModelAndView after(boolean ok) {
                            if (ok) {
                                return new ModelAndView("redirect:/done");
                            }
                            return new ModelAndView("form");
                        }
                    }
                    """, """
                    package web;

                    import org.springframework.stereotype.Controller;
                    import org.springframework.web.bind.annotation.PostMapping;
                    import org.springframework.web.servlet.ModelAndView;

                    @Controller
                    public class FormController {
                        @PostMapping("/form")
                        public ModelAndView submit(boolean ok) {
                            return Results.after(ok); // finding: FormController#submit accepts POST but answers 302 Found through a ModelAndView
                        }
                    }
                    """).check();
        }
    }

    /** View names kept as constants of another class: qualified, imported one by one or all at once, or inherited. */
    @Nested
    class ConstantsOfOtherClasses {

        private static final String VIEWS = """
                package shop.web;

                public final class Views {
                    public static final String ORDERS = "redirect:/orders";
                    public static final String FORM = "orders/form";
                    private Views() {}
                }
                """;

        @Test
        void qualifiedAndSingleStaticImport() {
            tester.sources(VIEWS, """
                    package shop.web;

                    import static shop.web.Views.ORDERS;

                    import org.springframework.stereotype.Controller;
                    import org.springframework.web.bind.annotation.*;

                    @Controller
                    class OrderController {
                        @PostMapping("/orders") String create() { return Views.ORDERS; } // finding: OrderController#create accepts POST
                        @PostMapping("/orders/x") String imported() { return ORDERS; } // finding: OrderController#imported accepts POST
                        @PostMapping("/orders/y") String form() { return Views.FORM; }
                    }
                    """).check();
        }

        @Test
        void staticWildcardImportOfAProjectClass() {
            tester.sources(VIEWS, """
                    package shop.admin;

                    import static shop.web.Views.*;

                    import org.springframework.stereotype.Controller;
                    import org.springframework.web.bind.annotation.*;
                    import shop.web.Views;

                    @Controller
                    class AdminController {
                        @PostMapping("/admin/orders") String create() { return ORDERS; } // finding: AdminController#create accepts POST
                        @PostMapping("/admin/q") String qualified() { return Views.ORDERS; } // finding: AdminController#qualified accepts POST
                        @PostMapping("/admin/form") String form() { return FORM; }
                        @GetMapping("/admin/orders") String list() { return ORDERS; }
                    }
                    """).check();
        }

        @Test
        void constantsOfAnInterfaceTheControllerImplements() {
            tester.sources("""
                    package shop.web;

                    public interface ViewNames {
                        String HOME = "redirect:/";
                    }
                    """, """
                    package shop.admin;

                    import org.springframework.stereotype.Controller;
                    import org.springframework.web.bind.annotation.*;
                    import shop.web.ViewNames;

                    @Controller
                    class LogoutController implements ViewNames {
                        @PostMapping("/logout") String logout() { return HOME; } // finding: LogoutController#logout accepts POST
                    }
                    """).check();
        }

        @Test
        void aWildcardImportOfAnotherClassWithoutThatNameDoesNotCount() {
            tester.sources(VIEWS, """
                    package shop.other;

                    public final class Other {
                        public static final String NOTHING = "x";
                    }
                    """, """
                    package shop.admin;

                    import static shop.other.Other.*;

                    import org.springframework.stereotype.Controller;
                    import org.springframework.web.bind.annotation.*;

                    @Controller
                    class AdminController {
                        @PostMapping("/admin/orders") String create() { return ORDERS; }
                    }
                    """).check();
        }
    }

    @Nested
    class InstanceHelpers {

        private static final String SERVICE = """
                package shop;

                import jakarta.servlet.http.HttpServletResponse;

                public interface CheckoutService {
                    void complete(HttpServletResponse response) throws java.io.IOException;
                }
                """;

        private static final String REDIRECTING = """
                package shop;

                import jakarta.servlet.http.HttpServletResponse;

                public class RedirectingCheckout implements CheckoutService {
                    @Override
                    public void complete(HttpServletResponse response) throws java.io.IOException {
                        response.sendRedirect("/thanks");
                    }
                }
                """;

        private static final String SERVLET = """
                package shop;

                import jakarta.servlet.http.*;

                public class CheckoutServlet extends HttpServlet {
                    private final CheckoutService checkout;

                    public CheckoutServlet(CheckoutService checkout) {
                        this.checkout = checkout;
                    }

                    @Override
                    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {
                        checkout.complete(resp);%s
                    }
                }
                """;

        @Test
        void aFieldOfAnInterfaceWithOneImplementationReachesIt() {
            tester.sources(SERVICE, REDIRECTING,
                    SERVLET.formatted(" // finding: CheckoutServlet#doPost accepts POST but answers 302 Found through"
                            + " HttpServletResponse.sendRedirect in RedirectingCheckout#complete")).check();
        }

        /**
         * With two implementations, which one runs depends on how the application is wired (a bean, a setting),
         * which the source does not say: each may run, so the redirect in one of them is one the handler may
         * answer with, and the message names the implementation.
         */
        @Test
        void anInterfaceWithTwoImplementationsReachesTheOneThatRedirects() {
            tester.sources(SERVICE, REDIRECTING, """
                    package shop;

                    import jakarta.servlet.http.HttpServletResponse;

                    public class JsonCheckout implements CheckoutService {
                        @Override
                        public void complete(HttpServletResponse response) {
                            response.setStatus(204);
                        }
                    }
                    """, SERVLET.formatted(" // finding: through HttpServletResponse.sendRedirect in RedirectingCheckout#complete"))
                    .check();
        }

        /**
         * A field injected by bean name takes the implementation registered under it, when the source shows
         * which one that is: the other one's redirect is not the handler's.
         */
        @Test
        void aFieldInjectedByBeanNameTakesTheImplementationRegisteredUnderIt() {
            tester.sources(SERVICE, REDIRECTING.replace("public class", "@org.springframework.stereotype.Service\npublic class"), """
                    package shop;

                    import jakarta.servlet.http.HttpServletResponse;
                    import org.springframework.stereotype.Component;

                    @Component("jsonCheckout")
                    public class JsonCheckout implements CheckoutService {
                        @Override
                        public void complete(HttpServletResponse response) {
                            response.setStatus(204);
                        }
                    }
                    """, """
                    package shop;

                    import jakarta.annotation.Resource;
                    import org.springframework.beans.factory.annotation.Autowired;
                    import org.springframework.beans.factory.annotation.Qualifier;
                    import org.springframework.stereotype.Controller;
                    import org.springframework.web.bind.annotation.PostMapping;
                    import org.springframework.web.bind.annotation.ResponseBody;

                    @Controller
                    public class CheckoutController {
                        @Autowired
                        @Qualifier("jsonCheckout")
                        private CheckoutService json;

                        @Resource(name = "redirectingCheckout")
                        private CheckoutService redirecting;

                        @PostMapping("/json")
                        @ResponseBody
                        public String json(jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
                            json.complete(response);
                            return "done";
                        }

                        @PostMapping("/page")
                        @ResponseBody
                        public String page(jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
                            redirecting.complete(response); // finding: CheckoutController#page accepts POST but answers 302 Found through HttpServletResponse.sendRedirect in RedirectingCheckout#complete
                            return "done";
                        }
                    }
                    """).check();
        }

        /**
         * Among several implementations, only those that redirect in their own body are followed: one that
         * delegates to a further helper is where the analysis stops (a bound, which keeps a framework's many
         * strategy interfaces from pulling in the whole code base).
         */
        @Test
        void amongSeveralImplementationsOneThatRedirectsThroughAHelperIsNotFollowed() {
            tester.sources(SERVICE, """
                    package shop;

                    import jakarta.servlet.http.HttpServletResponse;

                    public class DelegatingCheckout implements CheckoutService {
                        @Override
                        public void complete(HttpServletResponse response) throws java.io.IOException {
                            Pages.thanks(response);
                        }
                    }
                    """, """
                    package shop;

                    import jakarta.servlet.http.HttpServletResponse;

                    final class Pages {
                        static void thanks(HttpServletResponse response) throws java.io.IOException {
                            response.sendRedirect("/thanks");
                        }
                    }
                    """, """
                    package shop;

                    import jakarta.servlet.http.HttpServletResponse;

                    public class JsonCheckout implements CheckoutService {
                        @Override
                        public void complete(HttpServletResponse response) {
                            response.setStatus(204);
                        }
                    }
                    """, SERVLET.formatted("")).check();
        }

        /**
         * A helper that redirects through an optional collaborator only when it is given one: the caller that
         * passes {@code null} cannot reach that redirect, the caller that passes one can.
         */
        @Test
        void aCollaboratorPassedAsNullIsNotFollowed() {
            tester.sources("""
                    package auth;

                    import jakarta.ws.rs.core.Response;

                    public class ErrorRedirects {
                        public RuntimeException invalid() {
                            return new jakarta.ws.rs.WebApplicationException(Response.status(Response.Status.FOUND)
                                    .location(java.net.URI.create("/error")).build());
                        }
                    }
                    """, """
                    package auth;

                    public final class Requests {
                        public static String read(String uri, ErrorRedirects errors) {
                            if (uri == null && errors != null) {
                                throw errors.invalid();
                            }
                            return uri;
                        }
                    }
                    """, """
                    package auth;

                    import jakarta.ws.rs.POST;
                    import jakarta.ws.rs.Path;

                    @Path("/authorize")
                    public class AuthorizeResource {
                        @POST
                        public String authorize(String uri) {
                            return Requests.read(uri, new ErrorRedirects()); // finding: AuthorizeResource#authorize accepts POST
                        }

                        @POST
                        @Path("/backchannel")
                        public String backchannel(String uri) {
                            return Requests.read(uri, null);
                        }
                    }
                    """).check();
        }

        @Test
        void anInterfaceWhoseImplementationsDoNotRedirectGivesNothing() {
            tester.sources(SERVICE, """
                    package shop;

                    import jakarta.servlet.http.HttpServletResponse;

                    public class JsonCheckout implements CheckoutService {
                        @Override
                        public void complete(HttpServletResponse response) {
                            response.setStatus(204);
                        }
                    }
                    """, """
                    package shop;

                    import jakarta.servlet.http.HttpServletResponse;

                    public class PageCheckout implements CheckoutService {
                        @Override
                        public void complete(HttpServletResponse response) {
                            response.setStatus(200);
                        }
                    }
                    """, SERVLET.formatted("")).check();
        }

        @Test
        void aServiceFieldInheritedFromABaseController() {
            tester.sources("""
                    package web;

                    public class Navigation {
                        public String home() {
                            return "redirect:/";
                        }
                    }
                    """, """
                    package web;

                    public abstract class BaseController {
                        protected Navigation navigation = new Navigation();
                    }
                    """, """
                    package web;

                    import org.springframework.stereotype.Controller;
                    import org.springframework.web.bind.annotation.PostMapping;

                    @Controller
                    public class LogoutController extends BaseController {
                        @PostMapping("/logout")
                        public String logout() {
                            return navigation.home(); // finding: LogoutController#logout accepts POST
                        }
                    }
                    """).check();
        }
    }

    @Nested
    class ProjectSettings {

        private static final String CONTROLLER = """
                package web;

                import org.springframework.stereotype.Controller;
                import org.springframework.web.bind.annotation.PostMapping;
                import org.springframework.web.servlet.view.RedirectView;

                @Controller
                public class OrderController {
                    @PostMapping("/orders")
                    public String create() {
                        return "redirect:/orders";%s
                    }

                    @PostMapping("/orders/legacy")
                    public RedirectView legacy() {
                        return new RedirectView("/orders"); // finding: a RedirectView
                    }
                }
                """;

        @Test
        void redirectHttp10CompatibleFalseInJavaConfigMakesRedirectViewNames303() {
            tester.sources("""
                    package web;

                    import org.springframework.context.annotation.*;
                    import org.springframework.web.servlet.view.InternalResourceViewResolver;

                    @Configuration
                    public class WebConfig {
                        @Bean
                        public InternalResourceViewResolver viewResolver() {
                            InternalResourceViewResolver resolver = new InternalResourceViewResolver("/WEB-INF/", ".jsp");
                            resolver.setRedirectHttp10Compatible(false);
                            return resolver;
                        }
                    }
                    """, CONTROLLER.formatted("")).check();
        }

        @Test
        void withTheDefaultTheViewNameIsA302() {
            tester.sources("""
                    package web;

                    import org.springframework.web.servlet.view.InternalResourceViewResolver;

                    public class WebConfig {
                        public InternalResourceViewResolver viewResolver() {
                            InternalResourceViewResolver resolver = new InternalResourceViewResolver();
                            resolver.setRedirectHttp10Compatible(true);
                            return resolver;
                        }
                    }
                    """, CONTROLLER.formatted(" // finding: a \"redirect:\" view name")).check();
        }
    }
}
