package dev.redirectlint.rules;

import dev.redirectlint.testing.RuleTester;
import org.junit.jupiter.api.Test;

/** {@code non-get-302} on JAX-RS resources. */
class NonGet302JaxRsTest {

    private final RuleTester tester = RuleTester.forRule(NonGet302Rule.ID);

    @Test
    void flagsResponseStatusFoundInEveryForm() {
        tester.source("""
                import static jakarta.ws.rs.core.Response.Status.FOUND;
                import jakarta.ws.rs.*;
                import jakarta.ws.rs.core.Response;
                import java.net.URI;

                @Path("/orders")
                public class OrderResource {
                    @POST
                    public Response create() {
                        return Response.status(Response.Status.FOUND).location(URI.create("/orders/1")).build(); // finding: OrderResource#create accepts POST
                    }

                    @PUT
                    public Response update() {
                        return Response.status(302).location(URI.create("/x")).build(); // finding: accepts PUT
                    }

                    @DELETE
                    public Response delete() {
                        return Response.status(FOUND).location(URI.create("/x")).build(); // finding
                    }

                    @PATCH
                    public Response patch() {
                        return Response.seeOther(URI.create("/x")).build();
                    }

                    @GET
                    public Response get() {
                        return Response.status(Response.Status.FOUND).location(URI.create("/x")).build();
                    }

                    @Path("sub")
                    public Object locator() {
                        return Response.status(302).build();
                    }
                }
                """).check();
    }

    @Test
    void resolvesTheNestedStatusImportAndJavaxNamespace() {
        tester.source("""
                import javax.ws.rs.POST;
                import javax.ws.rs.core.Response;
                import javax.ws.rs.core.Response.Status;

                public class R {
                    @POST
                    public Response a() {
                        return Response.status(Status.FOUND).header("Location", "/x").build(); // finding
                    }
                }
                """).check();
    }

    @Test
    void flagsRedirectionExceptionWith302() {
        tester.source("""
                import jakarta.ws.rs.POST;
                import jakarta.ws.rs.RedirectionException;
                import jakarta.ws.rs.core.Response;
                import java.net.URI;

                public class R {
                    @POST
                    public void a() {
                        throw new RedirectionException(Response.Status.FOUND, URI.create("/x")); // finding
                    }

                    @POST
                    public void b() {
                        throw new RedirectionException(Response.Status.SEE_OTHER, URI.create("/x"));
                    }
                }
                """).check();
    }

    @Test
    void recognisesCustomHttpMethodAnnotationsDeclaredInTheFile() {
        tester.source("""
                import jakarta.ws.rs.HttpMethod;
                import jakarta.ws.rs.core.Response;
                import java.lang.annotation.*;

                public class R {
                    @Target(ElementType.METHOD)
                    @Retention(RetentionPolicy.RUNTIME)
                    @HttpMethod("PATCH")
                    @interface MyPatch { }

                    @MyPatch
                    public Response a() {
                        return Response.status(302).header("Location", "/x").build(); // finding: accepts PATCH
                    }
                }
                """).check();
    }

    @Test
    void ignoresAResponseClassFromAnotherLibrary() {
        tester.source("""
                import jakarta.ws.rs.POST;
                import com.acme.Response;

                public class R {
                    @POST
                    public Response a() {
                        return Response.status(302).build();
                    }
                }
                """).check();
    }

    @Test
    void resolvesAFullyQualifiedResponse() {
        tester.source("""
                import jakarta.ws.rs.POST;

                public class R {
                    @POST
                    public jakarta.ws.rs.core.Response a() {
                        return jakarta.ws.rs.core.Response.status(302).header("Location", "/x").build(); // finding: accepts POST
                    }

                    @POST
                    public Object b() {
                        return com.acme.Response.status(302).build();
                    }
                }
                """).check();
    }

    @Test
    void flagsResteasyReactiveRestResponseBuilders() {
        tester.source("""
                import jakarta.ws.rs.GET;
                import jakarta.ws.rs.POST;
                import jakarta.ws.rs.Path;
                import java.net.URI;
                import org.jboss.resteasy.reactive.RestResponse;
                import org.jboss.resteasy.reactive.RestResponse.ResponseBuilder;

                @Path("/orders")
                public class OrderResource {
                    @POST
                    public RestResponse<Void> create() {
                        return ResponseBuilder.<Void>create(RestResponse.Status.FOUND).location(URI.create("/orders")).build(); // finding: OrderResource#create accepts POST but answers 302 Found through a RESTEasy Reactive RestResponse status (RestResponse.Status.FOUND)
                    }

                    @POST
                    @Path("/int")
                    public RestResponse<Void> createWithCode() {
                        return RestResponse.ResponseBuilder.<Void>create(RestResponse.StatusCode.FOUND).build(); // finding: accepts POST
                    }

                    @POST
                    @Path("/see-other")
                    public RestResponse<Void> seeOther() {
                        return ResponseBuilder.<Void>seeOther(URI.create("/orders")).build();
                    }

                    @GET
                    public RestResponse<Void> list() {
                        return ResponseBuilder.<Void>create(RestResponse.Status.FOUND).location(URI.create("/x")).build();
                    }
                }
                """).check();
    }
}
