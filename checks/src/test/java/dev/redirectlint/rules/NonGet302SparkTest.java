package dev.redirectlint.rules;

import dev.redirectlint.testing.RuleTester;
import org.junit.jupiter.api.Test;

/** Spark Java routes registered in code, and their {@code response.redirect}. */
class NonGet302SparkTest {

    private final RuleTester tester = RuleTester.forRule(NonGet302Rule.ID);

    @Test
    void flagsRedirectsInNonGetRoutes() {
        tester.source("""
                import static spark.Spark.*;

                import spark.Request;
                import spark.Response;
                import spark.Service;

                class App {
                    public static void main(String[] args) {
                        post("/orders", (req, res) -> {
                            res.redirect("/orders"); // finding: App#main route "/orders" accepts POST but answers 302 Found through Spark Response.redirect; after a 302 a client may repeat the request as a GET, or may not. Fix: call res.redirect(url, 303)
                            return null;
                        });
                        put("/orders/:id", (req, res) -> {
                            res.redirect("/orders", 302); // finding: through Spark Response.redirect with status 302
                            return null;
                        });
                        delete("/orders/:id", (req, res) -> {
                            res.redirect("/orders", 303);
                            return null;
                        });
                        get("/old", (req, res) -> {
                            res.redirect("/new");
                            return null;
                        });
                        post("/login", App::login);
                        Service http = Service.ignite();
                        http.patch("/a", (request, response) -> {
                            response.status(302); // finding: Spark Response.status(302)
                            response.header("Location", "/a");
                            return "";
                        });
                    }

                    static Object login(Request request, Response response) {
                        response.redirect("/"); // finding: App#login accepts POST
                        return null;
                    }

                    static Object unrouted(Request request, Response response) {
                        response.redirect("/");
                        return null;
                    }
                }
                """).check();
    }

    @Test
    void needsSparksOwnRouting() {
        tester.source("""
                import spark.Request;

                class App {
                    void routes(Router router) {
                        router.post("/orders", (req, res) -> {
                            res.redirect("/orders");
                            return null;
                        });
                    }
                }
                """).check();
    }

    @Test
    void followsRoutesKeptInFields() {
        tester.source("""
                import static spark.Spark.*;

                import spark.*;

                class App {
                    public static void main(String[] args) {
                        get(Path.LOGIN, LoginController.serveLoginPage);
                        post(Path.LOGIN, LoginController.handleLoginPost);
                        post(Path.LOGOUT, handleLogoutPost);
                    }

                    static Route handleLogoutPost = (Request request, Response response) -> {
                        response.redirect(Path.LOGIN); // finding: App#handleLogoutPost accepts POST
                        return null;
                    };

                    static Route unrouted = (request, response) -> {
                        response.redirect(Path.LOGIN);
                        return null;
                    };
                }

                class LoginController {
                    public static Route serveLoginPage = (request, response) -> {
                        response.redirect("/already-logged-in");
                        return null;
                    };

                    public static Route handleLoginPost = (request, response) -> {
                        if (request.queryParams("user") == null) {
                            response.redirect(Path.LOGIN); // finding: LoginController#handleLoginPost accepts POST but answers 302 Found through Spark Response.redirect
                        }
                        return null;
                    };
                }

                class Path {
                    static final String LOGIN = "/login";
                    static final String LOGOUT = "/logout";
                }
                """).check();
    }
}
