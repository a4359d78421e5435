package it.shop;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.RedirectionException;
import jakarta.ws.rs.core.Response;
import java.net.URI;

@Path("/payments")
public class PaymentResource {

    @POST
    public Response pay() {
        return Response.status(Response.Status.FOUND).location(URI.create("/payments/1")).build();
    }

    @POST
    @Path("/legacy")
    public Response legacy() {
        throw new RedirectionException(Response.Status.FOUND, URI.create("/payments"));
    }
}
