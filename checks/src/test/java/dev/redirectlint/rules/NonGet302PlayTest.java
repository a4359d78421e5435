package dev.redirectlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redirectlint.testing.RuleTester;
import org.junit.jupiter.api.Test;

/**
 * Play for Java: actions take their HTTP methods from the routes files; {@code found} is 302, {@code redirect}
 * is 303 See Other in Play, {@code movedPermanently} 301, {@code status(302)} a status without a Location.
 */
class NonGet302PlayTest {

    private static final String ROUTES = """
            # Orders
            GET     /orders              controllers.OrderController.index(request: Request)
            POST    /orders              controllers.OrderController.create(request: Request)
            +nocsrf
            POST    /orders/:id/cancel   controllers.OrderController.cancel(id: Long)
            PUT     /orders/:id          @controllers.OrderController.update(request: Request, id: Long)
            DELETE  /orders/:id          controllers.OrderController.delete(id: Long)
            ->      /admin               admin.Routes
            """;

    @Test
    void flagsFoundInActionsThatTheRoutesMapToUnsafeMethods() {
        RuleTester.forRule(NonGet302Rule.ID).configFile("conf/routes", ROUTES).source("""
                package controllers;

                import play.mvc.Controller;
                import play.mvc.Http;
                import play.mvc.Result;

                public class OrderController extends Controller {
                    public Result index(Http.Request request) {
                        return found("/orders/first");
                    }

                    public Result create(Http.Request request) {
                        return found(routes.OrderController.index()); // finding: OrderController#create accepts POST but answers 302 Found through Play Results.found
                    }

                    public Result cancel(Long id) {
                        return redirect(routes.OrderController.index()); // 303 See Other in Play
                    }

                    public Result update(Http.Request request, Long id) {
                        return seeOther("/orders/" + id);
                    }

                    public Result delete(Long id) {
                        return temporaryRedirect("/orders");
                    }

                    public Result notRouted() {
                        return found("/orders");
                    }
                }
                """).check();
    }

    @Test
    void readsEveryRoutesFileAndIgnoresLinesThatAreNotRoutes() {
        RuleTester.forRule(NonGet302Rule.ID).configFile("conf/routes", """
                GET   /                    controllers.HomeController.index()
                *     /anything            controllers.admin.UserController.wildcard()
                """).configFile("conf/admin.routes", """
                # the admin routes, included from conf/routes
                PATCH /users/:id           controllers.admin.UserController.rename(id: Long)
                GET   /users/:id/edit      controllers.admin.UserController.edit(id: Long)
                POST  /users/:id/edit      controllers.admin.UserController.edit(id: Long)
                """).source("""
                package controllers.admin;

                import play.mvc.Controller;
                import play.mvc.Result;

                public class UserController extends Controller {
                    public Result rename(Long id) {
                        return found("/users/" + id); // finding: UserController#rename accepts PATCH but answers 302 Found
                    }

                    public Result edit(Long id) {
                        return found("/users/" + id); // finding: UserController#edit accepts GET, POST but answers 302 Found
                    }

                    public Result wildcard() {
                        return found("/"); // "*" is not a Play verb: no route
                    }
                }
                """).check();
    }

    @Test
    void resolvesResultsThroughImportsAndInheritance() {
        RuleTester.forRule(NonGet302Rule.ID).configFile("conf/routes", """
                POST  /a   web.Qualified.save()
                POST  /b   web.StaticallyImported.save()
                POST  /c   web.Inherited.save()
                POST  /d   web.OwnResults.save()
                POST  /e   web.OwnFound.save()
                """).sources("""
                package web;

                import play.mvc.Result;
                import play.mvc.Results;

                public class Qualified {
                    public Result save() {
                        return Results.found("/a"); // finding: Qualified#save accepts POST but answers 302 Found through Play Results.found
                    }
                }
                """, """
                package web;

                import static play.mvc.Results.found;

                import play.mvc.Result;

                public class StaticallyImported {
                    public Result save() {
                        return found("/b"); // finding: StaticallyImported#save accepts POST
                    }
                }
                """, """
                package web;

                import play.mvc.Controller;

                public abstract class BaseController extends Controller {
                    protected play.mvc.Result home() {
                        return ok();
                    }
                }
                """, """
                package web;

                import play.mvc.Result;

                public class Inherited extends BaseController {
                    public Result save() {
                        return found("/c"); // finding: Inherited#save accepts POST
                    }
                }
                """, """
                package web;

                import com.acme.Results;
                import play.mvc.Result;

                public class OwnResults {
                    public Result save() {
                        return Results.found("/d"); // com.acme.Results, not Play's
                    }
                }
                """, """
                package web;

                import play.mvc.Controller;
                import play.mvc.Result;

                public class OwnFound extends Controller {
                    public Result save() {
                        return found("/e"); // the class's own found hides Play's
                    }

                    private Result found(String url) {
                        return ok(url);
                    }
                }
                """).check();
    }

    @Test
    void followsHelpersAndAsyncResults() {
        RuleTester.forRule(NonGet302Rule.ID).configFile("conf/routes", """
                POST  /applications/:id/submit   controllers.ReviewController.submit(request: Request, id: Long)
                """).source("""
                package controllers;

                import java.util.concurrent.CompletableFuture;
                import java.util.concurrent.CompletionStage;
                import play.mvc.Controller;
                import play.mvc.Http.Request;
                import play.mvc.Result;

                public class ReviewController extends Controller {
                    public CompletionStage<Result> submit(Request request, Long id) {
                        return CompletableFuture.completedFuture(id)
                                .thenCompose(v -> submitInternal(v)); // finding: ReviewController#submit accepts POST but answers 302 Found through Play Results.found
                    }

                    private CompletionStage<Result> submitInternal(Long id) {
                        return CompletableFuture.supplyAsync(() -> found("/applications/" + id));
                    }
                }
                """).check();
    }

    @Test
    void flagsAStatusOf302() {
        RuleTester.forRule(NonGet302Rule.ID).configFile("conf/routes", """
                POST  /a   web.Statuses.constant()
                POST  /b   web.Statuses.number()
                POST  /c   web.Statuses.seeOther()
                POST  /d   web.Statuses.imported()
                """).source("""
                package web;

                import static play.mvc.Http.Status.FOUND;

                import play.mvc.Controller;
                import play.mvc.Http;
                import play.mvc.Result;

                public class Statuses extends Controller {
                    public Result constant() {
                        return status(Http.Status.FOUND).withHeader(Http.HeaderNames.LOCATION, "/a"); // finding: Statuses#constant accepts POST but answers 302 Found through Play Results.status(Http.Status.FOUND)
                    }

                    public Result number() {
                        return status(302, "moved").withHeader("Location", "/b"); // finding: Play Results.status(302)
                    }

                    public Result seeOther() {
                        return status(Http.Status.SEE_OTHER).withHeader("Location", "/c");
                    }

                    public Result imported() {
                        return status(FOUND).withHeader("Location", "/d"); // finding: Play Results.status(FOUND)
                    }
                }
                """).check();
    }

    @Test
    void readsTheStatusConstantsAControllerInherits() {
        RuleTester.forRule(NonGet302Rule.ID).configFile("conf/routes", """
                POST  /a   web.Inheriting.inherited()
                POST  /b   web.Inheriting.ownConstant()
                POST  /c   web.Inheriting.seeOther()
                """).source("""
                package web;

                import play.mvc.Controller;
                import play.mvc.Result;

                public class Inheriting extends Controller {
                    public Result inherited() {
                        return status(FOUND).withHeader(LOCATION, "/a"); // finding: Inheriting#inherited accepts POST but answers 302 Found through Play Results.status(FOUND)
                    }

                    public Result ownConstant() {
                        return status(MOVED).withHeader(LOCATION, "/b");
                    }

                    public Result seeOther() {
                        return status(SEE_OTHER).withHeader(LOCATION, "/c");
                    }

                    private static final int MOVED = 303;
                }
                """).check();
    }

    @Test
    void flagsRoutingDslRoutes() {
        RuleTester.forRule(NonGet302Rule.ID).source("""
                import static play.mvc.Results.found;
                import static play.mvc.Results.redirect;

                import play.routing.Router;
                import play.routing.RoutingDsl;

                class AppRouter {
                    Router router(RoutingDsl routingDsl) {
                        return routingDsl
                                .GET("/orders").routingTo(request -> found("/orders/list"))
                                .POST("/orders").routingTo(request -> found("/orders")) // finding: AppRouter#router route "/orders" accepts POST but answers 302 Found through Play Results.found
                                .DELETE("/orders/:id").routingTo((request, id) -> found("/orders")) // finding: accepts DELETE
                                .PUT("/orders/:id").routingTo((request, id) -> redirect("/orders"))
                                .build();
                    }
                }
                """).check();
    }

    @Test
    void aRoutingDslFromComponentsCountsAndAnotherDslDoesNot() {
        RuleTester.forRule(NonGet302Rule.ID).sources("""
                package app;

                import play.mvc.Results;
                import play.routing.Router;
                import play.routing.RoutingDsl;

                class Components {
                    Router router(play.BuiltInComponents components) {
                        return RoutingDsl.fromComponents(components)
                                .PATCH("/profile").routingTo(request -> Results.found("/profile")) // finding: accepts PATCH
                                .build();
                    }
                }
                """, """
                package app;

                import com.acme.routing.Dsl;
                import play.mvc.Results;

                class Other {
                    void routes(Dsl dsl) {
                        dsl.POST("/profile").routingTo(request -> Results.found("/profile")); // not Play's RoutingDsl
                    }
                }
                """).check();
    }

    @Test
    void withoutRoutesFilesNoControllerMethodIsAHandler() {
        assertThat(RuleTester.forRule(NonGet302Rule.ID).source("""
                package controllers;

                import play.mvc.Controller;
                import play.mvc.Result;

                public class OrderController extends Controller {
                    public Result create() {
                        return found("/orders");
                    }
                }
                """).findings()).isEmpty();
    }

    @Test
    void flagsMovedPermanentlyInUnsafeActions() {
        RuleTester.forRule(NonGet301Rule.ID).configFile("conf/routes", """
                GET   /old        controllers.Moved.page(path: String)
                POST  /old/form   controllers.Moved.form()
                """).source("""
                package controllers;

                import play.mvc.Controller;
                import play.mvc.Result;

                public class Moved extends Controller {
                    public Result page(String path) {
                        return movedPermanently("/" + path);
                    }

                    public Result form() {
                        return movedPermanently("/form"); // finding: Moved#form accepts POST but answers 301 Moved Permanently through Play Results.movedPermanently
                    }
                }
                """).check();
    }

    @Test
    void aStatusWithoutLocationHeaderHasNoLocation() {
        RuleTester.forRule(RedirectWithoutLocationRule.ID).configFile("conf/routes", """
                GET   /a   web.Bare.bare()
                GET   /b   web.Bare.withLocation()
                GET   /c   web.Bare.found302()
                """).source("""
                package web;

                import play.mvc.Controller;
                import play.mvc.Http;
                import play.mvc.Result;

                public class Bare extends Controller {
                    public Result bare() {
                        return status(Http.Status.SEE_OTHER); // finding: Play Results.status
                    }

                    public Result withLocation() {
                        return status(302).withHeader(Http.HeaderNames.LOCATION, "/b");
                    }

                    public Result found302() {
                        return found("/c");
                    }
                }
                """).check();
    }
}
