package dev.redirectlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redirectlint.testing.RuleTester;
import org.junit.jupiter.api.Test;

/** Helidon SE routes registered in code, and the redirect statuses set on their {@code ServerResponse}. */
class NonGet302HelidonTest {

    private final RuleTester tester = RuleTester.forRule(NonGet302Rule.ID);

    @Test
    void flagsTheRoutesOfAnHttpService() {
        var findings = tester.source("""
                import io.helidon.http.HeaderNames;
                import io.helidon.http.Method;
                import io.helidon.http.Status;
                import io.helidon.webserver.http.HttpRules;
                import io.helidon.webserver.http.HttpService;
                import io.helidon.webserver.http.ServerRequest;
                import io.helidon.webserver.http.ServerResponse;

                class OrderService implements HttpService {
                    @Override
                    public void routing(HttpRules rules) {
                        rules.post("/orders", this::create)
                                .get("/orders", this::list)
                                .put(this::replace)
                                .route(Method.DELETE, "/orders/{id}", this::cancel);
                    }

                    private void create(ServerRequest req, ServerResponse res) {
                        res.status(Status.FOUND_302) // finding: OrderService#create accepts POST but answers 302 Found through Helidon ServerResponse.status
                                .header(HeaderNames.LOCATION, "/orders")
                                .send();
                    }

                    private void list(ServerRequest req, ServerResponse res) {
                        res.status(Status.FOUND_302).header(HeaderNames.LOCATION, "/").send();
                    }

                    private void replace(ServerRequest req, ServerResponse res) {
                        res.header(HeaderNames.LOCATION, "/orders").status(302).send(); // finding: OrderService#replace accepts PUT
                    }

                    private void cancel(ServerRequest req, ServerResponse res) {
                        done(res); // finding: OrderService#cancel accepts DELETE
                    }

                    private static void done(ServerResponse res) {
                        res.header("Location", "/orders");
                        res.status(Status.FOUND_302);
                        res.send();
                    }
                }
                """).check();
        assertThat(findings.get(0).message()).contains("Fix: call res.status(Status.SEE_OTHER_303)");
    }

    @Test
    void flagsLambdaRoutesOnRoutingBuilders() {
        tester.source("""
                import io.helidon.http.Status;
                import io.helidon.webserver.WebServer;
                import io.helidon.webserver.http.HttpRouting;

                class Main {
                    public static void main(String[] args) {
                        WebServer.builder()
                                .routing(routing -> routing.post("/login", (req, res) -> {
                                    res.header("Location", "/home");
                                    res.status(Status.FOUND_302); // finding: Main#main route "/login" accepts POST
                                    res.send();
                                }))
                                .build()
                                .start();
                    }

                    static void routing(HttpRouting.Builder routing) {
                        routing.patch("/a", (req, res) -> res.status(Status.MOVED_PERMANENTLY_301).header("Location", "/b").send());
                        routing.post("/c", (req, res) -> res.status(Status.FOUND_302).header("Location", "/d").send()); // finding: Main#routing route "/c" accepts POST
                    }

                    static HttpRouting.Builder chained() {
                        return HttpRouting.builder().put("/e", (req, res) -> res.status(302).header("Location", "/e").send()); // finding: route "/e" accepts PUT
                    }
                }
                """).check();
    }

    @Test
    void flagsHelidonTwoAndThreeRouting() {
        tester.source("""
                import io.helidon.common.http.Http;
                import io.helidon.webserver.Routing;
                import io.helidon.webserver.ServerRequest;
                import io.helidon.webserver.ServerResponse;
                import io.helidon.webserver.Service;

                class LegacyService implements Service {
                    @Override
                    public void update(Routing.Rules rules) {
                        rules.post("/save", this::save);
                    }

                    private void save(ServerRequest req, ServerResponse res) {
                        res.headers().add(Http.Header.LOCATION, "/saved");
                        res.status(Http.Status.FOUND_302).send(); // finding: LegacyService#save accepts POST
                    }
                }
                """).check();
    }

    @Test
    void staysQuietOnSeeOtherTemporaryRedirectAndLookAlikes() {
        tester.sources("""
                package good;

                import io.helidon.http.Status;
                import io.helidon.webserver.http.HttpRules;
                import io.helidon.webserver.http.HttpService;
                import io.helidon.webserver.http.ServerRequest;
                import io.helidon.webserver.http.ServerResponse;

                class GoodService implements HttpService {
                    @Override
                    public void routing(HttpRules rules) {
                        rules.post("/a", (req, res) -> res.status(Status.SEE_OTHER_303).header("Location", "/").send())
                             .put("/b", (req, res) -> res.status(307).header("Location", "/b2").send())
                             .post("/c", this::ok);
                    }

                    private void ok(ServerRequest req, ServerResponse res) {
                        res.status(Status.CREATED_201).send();
                    }
                }
                """, """
                package other;

                class Rules {
                    Rules post(String path, Object handler) { return this; }
                }

                class NotHelidon {
                    void routes(Rules rules, Response res) {
                        rules.post("/x", (Object) null);
                        res.status(302);
                    }
                }

                class Response {
                    void status(int code) {}
                }
                """).check();
    }
}
