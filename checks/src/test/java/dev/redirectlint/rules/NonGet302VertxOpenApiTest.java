package dev.redirectlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redirectlint.testing.RuleTester;
import org.junit.jupiter.api.Test;

/**
 * Vert.x Web's OpenAPI router builders: an operation's handler accepts the HTTP method under which the project's
 * contract declares the operation, and none when no contract read declares it.
 */
class NonGet302VertxOpenApiTest {

    private static final String CONTRACT = """
            openapi: 3.0.3
            info:
              title: Pets
              version: 1.0.0
            paths:
              /pets:
                get:
                  operationId: listPets
                  responses:
                    '200': {description: the pets}
                post:
                  operationId: createPet
                  responses:
                    '302': {description: the new pet}
              /pets/{petId}:
                put:
                  operationId: updatePet
                patch:
                  operationId: renamePet
                delete:
                  operationId: deletePet
              x-internal:
                post:
                  operationId: notAPath
            """;

    /** Vert.x 4 ({@code vertx-web-openapi}): {@code RouterBuilder.create(vertx, path)} completes with the builder. */
    @Test
    void flagsOperationsThatTheContractMapsToUnsafeMethods() {
        RuleTester.forRule(NonGet302Rule.ID).configFile("src/main/resources/petstore.yaml", CONTRACT).source("""
                import io.vertx.core.AbstractVerticle;
                import io.vertx.ext.web.RoutingContext;
                import io.vertx.ext.web.openapi.RouterBuilder;

                class PetServer extends AbstractVerticle {
                    private static final String DELETE_PET = "deletePet";

                    @Override
                    public void start() {
                        RouterBuilder.create(vertx, "petstore.yaml")
                                .onFailure(Throwable::printStackTrace)
                                .onSuccess(routerBuilder -> {
                                    routerBuilder.operation("listPets").handler(ctx -> ctx.redirect("/pets/first"));
                                    routerBuilder.operation("createPet").handler(ctx -> ctx.redirect("/pets")); // finding: PetServer#start operation "createPet" accepts POST but answers 302 Found through Vert.x RoutingContext.redirect
                                    routerBuilder.operation("updatePet").handler(ctx -> {
                                        ctx.response().setStatusCode(303); // 303 See Other: ctx.redirect keeps it
                                        ctx.redirect("/pets");
                                    });
                                    routerBuilder.operation(DELETE_PET).handler(this::remove).failureHandler(ctx -> ctx.fail(500));
                                    // No operation of the contract: which method the builder would route it to is unknown.
                                    routerBuilder.operation("adoptPet").handler(ctx -> ctx.redirect("/pets"));
                                    // An extension of the paths object is not a path.
                                    routerBuilder.operation("notAPath").handler(ctx -> ctx.redirect("/pets"));
                                });
                    }

                    void remove(RoutingContext ctx) {
                        ctx.response().setStatusCode(302).putHeader("Location", "/pets").end(); // finding: PetServer#remove accepts DELETE but answers 302 Found through Vert.x HttpServerResponse.setStatusCode(302)
                    }
                }
                """).check();
    }

    /** Vert.x 4.5 and 5 ({@code vertx-web-openapi-router}): {@code getRoute(id).addHandler(h)}. */
    @Test
    void flagsRoutesOfTheOpenApiRouter() {
        RuleTester.forRule(NonGet302Rule.ID).configFile("src/main/resources/openapi/petstore.yaml", CONTRACT).source("""
                import io.vertx.core.Future;
                import io.vertx.core.Vertx;
                import io.vertx.ext.web.Router;
                import io.vertx.ext.web.openapi.router.OpenAPIRoute;
                import io.vertx.ext.web.openapi.router.RouterBuilder;
                import io.vertx.openapi.contract.OpenAPIContract;

                class PetRouter {
                    Future<Router> router(Vertx vertx) {
                        return OpenAPIContract.from(vertx, "openapi/petstore.yaml").map(contract -> {
                            RouterBuilder routerBuilder = RouterBuilder.create(vertx, contract);
                            routerBuilder.getRoute("createPet").addHandler(ctx -> ctx.redirect("/pets")); // finding: PetRouter#router operation "createPet" accepts POST but answers 302 Found
                            OpenAPIRoute rename = routerBuilder.getRoute("renamePet");
                            rename.addHandler(ctx -> ctx.response().setStatusCode(302).putHeader("Location", "/").end()); // finding: accepts PATCH but answers 302 Found through Vert.x HttpServerResponse.setStatusCode(302)
                            routerBuilder.getRoute("listPets").addHandler(ctx -> ctx.redirect("/pets/first"));
                            routerBuilder.getRoute("unknownOperation").addHandler(ctx -> ctx.redirect("/pets"));
                            return routerBuilder.createRouter();
                        });
                    }

                    void more(Vertx vertx, OpenAPIContract contract) {
                        var builder = RouterBuilder.create(vertx, contract);
                        builder.getRoute("updatePet").addHandler(ctx -> ctx.redirect("/pets")); // finding: PetRouter#more operation "updatePet" accepts PUT
                        RouterBuilder.create(vertx, contract).getRoute("deletePet").addHandler(ctx -> ctx.redirect("/")); // finding: accepts DELETE
                    }
                }
                """).check();
    }

    /**
     * Operation ids kept as constants of another class, brought in by a static wildcard import (as
     * datakaveri/iudx-aaa-server keeps its ids) or named through their class.
     */
    @Test
    void readsOperationIdsFromConstants() {
        RuleTester.forRule(NonGet302Rule.ID).configFile("docs/openapi.yaml", CONTRACT).sources("""
                package pets.util;

                public class Operations {
                    public static final String CREATE_PET = "createPet";
                    public static final String LIST_PETS = "listPets";
                    public static final String DELETE_PET = "delete" + "Pet";
                    public static String renamePet = "renamePet";
                }
                """, """
                package pets;

                import static pets.util.Operations.*;

                import io.vertx.ext.web.RoutingContext;
                import io.vertx.ext.web.openapi.RouterBuilder;
                import pets.util.Operations;

                class PetServer {
                    void routes(RouterBuilder routerBuilder) {
                        routerBuilder.operation(CREATE_PET).handler(this::create).failureHandler(ctx -> ctx.fail(500));
                        routerBuilder.operation(LIST_PETS).handler(ctx -> ctx.redirect("/pets/first"));
                        routerBuilder.operation(Operations.DELETE_PET).handler(ctx -> ctx.redirect("/pets")); // finding: PetServer#routes operation "{Operations.DELETE_PET}" accepts DELETE
                        // Not final: its value when the routes are built is not known.
                        routerBuilder.operation(renamePet).handler(ctx -> ctx.redirect("/pets"));
                    }

                    private void create(RoutingContext context) {
                        context.redirect("/pets"); // finding: PetServer#create accepts POST but answers 302 Found through Vert.x RoutingContext.redirect
                    }
                }
                """).check();
    }

    /** Without a contract (a file checked on its own, or none found) an operation has no method: no finding. */
    @Test
    void withoutAContractNoOperationIsAHandler() {
        assertThat(RuleTester.forAllRules().source("""
                import io.vertx.ext.web.openapi.router.RouterBuilder;

                class PetRouter {
                    void routes(RouterBuilder routerBuilder) {
                        routerBuilder.getRoute("createPet").addHandler(ctx -> ctx.redirect("/pets"));
                    }
                }
                """).findings()).isEmpty();
    }

    /** A JSON contract at the module's top is read; a YAML file that is not an OpenAPI 3 contract is not. */
    @Test
    void readsJsonContractsAndNoOtherFile() {
        RuleTester.forRule(NonGet302Rule.ID).configFile("openapi.json", """
                {"openapi": "3.1.0", "info": {"title": "Orders", "version": "1"},
                 "paths": {"/orders": {"post": {"operationId": "createOrder"}}}}
                """).configFile("src/main/resources/application.yaml", """
                        springdoc:
                          openapi: enabled
                        paths:
                          /orders:
                            delete:
                              operationId: cancelOrder
                        """).configFile("src/main/resources/swagger.yaml", """
                        swagger: "2.0"
                        openapi: not a version
                        paths:
                          /orders:
                            put:
                              operationId: replaceOrder
                        """).source("""
                import io.vertx.ext.web.openapi.router.RouterBuilder;

                class OrderRouter {
                    void routes(RouterBuilder routerBuilder) {
                        routerBuilder.getRoute("createOrder").addHandler(ctx -> ctx.redirect("/orders")); // finding: OrderRouter#routes operation "createOrder" accepts POST
                        routerBuilder.getRoute("cancelOrder").addHandler(ctx -> ctx.redirect("/orders"));
                        routerBuilder.getRoute("replaceOrder").addHandler(ctx -> ctx.redirect("/orders"));
                    }
                }
                """).check();
    }

    /**
     * Two contracts that give one operation id different methods leave it unknown, as does a Path Item by
     * {@code $ref}, which is not followed: which method applies is not guessed.
     */
    @Test
    void anOperationWhoseMethodIsNotCertainIsNoHandler() {
        RuleTester.forRule(NonGet302Rule.ID).configFile("src/main/resources/public.yaml", """
                openapi: 3.0.0
                paths:
                  /orders:
                    post: {operationId: createOrder}
                  /items:
                    $ref: 'paths/items.yaml'
                """).configFile("src/main/resources/admin.yaml", """
                openapi: 3.0.0
                paths:
                  /admin/orders:
                    put: {operationId: createOrder}
                """).configFile("src/main/resources/paths/items.yaml", """
                post: {operationId: createItem}
                """).source("""
                import io.vertx.ext.web.openapi.router.RouterBuilder;

                class OrderRouter {
                    void routes(RouterBuilder routerBuilder) {
                        routerBuilder.getRoute("createOrder").addHandler(ctx -> ctx.redirect("/orders"));
                        routerBuilder.getRoute("createItem").addHandler(ctx -> ctx.redirect("/items"));
                    }
                }
                """).check();
    }

    /** A method that a GET route and a POST operation both name accepts both methods. */
    @Test
    void aMethodNamedByARouteAndAnOperationAcceptsTheMethodsOfBoth() {
        RuleTester.forRule(NonGet302Rule.ID).configFile("src/main/resources/petstore.yaml", CONTRACT).sources("""
                import io.vertx.ext.web.Router;
                import io.vertx.ext.web.openapi.router.RouterBuilder;

                class Routes {
                    private final PetHandlers pets = new PetHandlers();

                    void routes(Router router, RouterBuilder routerBuilder) {
                        router.get("/pets/new").handler(pets::create);
                        routerBuilder.getRoute("createPet").addHandler(pets::create);
                    }
                }
                """, """
                import io.vertx.ext.web.RoutingContext;

                class PetHandlers {
                    void create(RoutingContext ctx) {
                        ctx.redirect("/pets"); // finding: PetHandlers#create accepts GET, POST but answers 302 Found
                    }
                }
                """).check();
    }
}
