package dev.redirectlint.rules;

import dev.redirectlint.testing.RuleTester;
import org.junit.jupiter.api.Test;

/** Spring functional endpoints: router functions and their {@code ServerResponse}. */
class NonGet302SpringFunctionalTest {

    private final RuleTester tester = RuleTester.forRule(NonGet302Rule.ID);

    @Test
    void flagsFoundInNonGetRoutes() {
        tester.source("""
                import static org.springframework.web.servlet.function.RequestPredicates.*;
                import static org.springframework.web.servlet.function.RouterFunctions.route;

                import java.net.URI;
                import org.springframework.http.HttpStatus;
                import org.springframework.web.servlet.function.RouterFunction;
                import org.springframework.web.servlet.function.ServerRequest;
                import org.springframework.web.servlet.function.ServerResponse;

                class Routes {
                    RouterFunction<ServerResponse> routes(OrderHandler handler) {
                        return route()
                                .POST("/orders", request -> ServerResponse.status(HttpStatus.FOUND).location(URI.create("/orders")).build()) // finding: Routes#routes route "/orders" accepts POST but answers 302 Found through a Spring ServerResponse status (HttpStatus.FOUND)
                                .PUT("/orders/{id}", handler::update)
                                .POST("/see-other", request -> ServerResponse.seeOther(URI.create("/orders")).build())
                                .GET("/old", request -> ServerResponse.status(302).location(URI.create("/new")).build())
                                .build()
                                .and(route(DELETE("/orders/{id}"), request -> ServerResponse.status(302).location(URI.create("/orders")).build())); // finding: accepts DELETE
                    }
                }

                class OrderHandler {
                    ServerResponse update(ServerRequest request) {
                        return ServerResponse.status(HttpStatus.FOUND).location(URI.create("/orders")).build(); // finding: OrderHandler#update accepts PUT
                    }
                }
                """).check();
    }

    @Test
    void pathOnlyPredicatesMatchEveryMethod() {
        RuleTester.forRule(AnyMethod302Rule.ID).source("""
                import static org.springframework.web.servlet.function.RequestPredicates.path;
                import static org.springframework.web.servlet.function.RouterFunctions.route;

                import java.net.URI;
                import org.springframework.web.servlet.function.RouterFunction;
                import org.springframework.web.servlet.function.ServerResponse;

                class Routes {
                    RouterFunction<ServerResponse> routes() {
                        return route(path("/legacy"), request -> ServerResponse.status(302).location(URI.create("/new")).build()); // finding: Routes#routes route "/legacy" accepts every HTTP method
                    }
                }
                """).check();
    }

    @Test
    void readsSpringdocsRouteBuilderToo() {
        tester.source("""
                import java.net.URI;
                import org.springdoc.webflux.core.fn.SpringdocRouteBuilder;
                import org.springframework.http.HttpStatus;
                import org.springframework.web.reactive.function.server.RouterFunction;
                import org.springframework.web.reactive.function.server.ServerRequest;
                import org.springframework.web.reactive.function.server.ServerResponse;
                import reactor.core.publisher.Mono;

                class SetupEndpoint {
                    RouterFunction<ServerResponse> setup() {
                        return SpringdocRouteBuilder.route()
                                .POST("/system/setup", this::setup, builder -> builder.operationId("Setup"))
                                .build();
                    }

                    Mono<ServerResponse> setup(ServerRequest request) {
                        return ServerResponse.status(HttpStatus.FOUND).location(URI.create("/console")).build(); // finding: SetupEndpoint#setup accepts POST
                    }
                }
                """).check();
    }
}
