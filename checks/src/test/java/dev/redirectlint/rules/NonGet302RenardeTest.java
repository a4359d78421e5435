package dev.redirectlint.rules;

import dev.redirectlint.testing.RuleTester;
import org.junit.jupiter.api.Test;

/**
 * Quarkus Renarde controllers are JAX-RS resources whose redirects are 303: {@code seeOther(uri)}, and a call
 * of another controller's endpoint ({@code index()}, {@code redirect(Todos.class).index()}), which Renarde
 * turns into {@code seeOther} (its {@code Controller.java}).
 */
class NonGet302RenardeTest {

    private final RuleTester tester = RuleTester.forRule(NonGet302Rule.ID);

    @Test
    void renardesRedirectsAre303() {
        tester.source("""
                import io.quarkiverse.renarde.Controller;
                import io.quarkus.qute.TemplateInstance;
                import jakarta.ws.rs.POST;
                import jakarta.ws.rs.Path;
                import jakarta.ws.rs.core.Response;
                import java.net.URI;
                import org.jboss.resteasy.reactive.RestForm;
                import org.jboss.resteasy.reactive.RestResponse;

                public class Todos extends Controller {
                    public TemplateInstance index() {
                        return null;
                    }

                    @POST
                    public void add(@RestForm String task) {
                        index();
                    }

                    @POST
                    public void done(@RestForm long id) {
                        redirect(Todos.class).index();
                    }

                    @POST
                    public Response external() {
                        return seeOther("https://example.org");
                    }

                    @POST
                    public Response moved() {
                        return temporaryRedirect(URI.create("/todos"));
                    }

                    @POST
                    @Path("/legacy")
                    public RestResponse<Void> legacy() {
                        return RestResponse.ResponseBuilder.<Void>create(RestResponse.Status.FOUND) // finding: Todos#legacy accepts POST
                                .location(URI.create("/todos")).build();
                    }
                }
                """).check();
    }
}
