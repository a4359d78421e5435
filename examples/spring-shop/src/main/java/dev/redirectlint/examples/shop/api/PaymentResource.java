package dev.redirectlint.examples.shop.api;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;

/** The payment API, as a JAX-RS resource. */
@Path("/payments")
public class PaymentResource {

    @Context
    private UriInfo uriInfo;

    /** FINDING non-get-302: a POST answered with 302 Found. */
    @POST
    public Response pay() {
        URI receipt = uriInfo.getBaseUriBuilder().path("receipts/latest").build();
        return Response.status(Response.Status.FOUND).location(receipt).build();
    }

    /** Fine: Response.seeOther answers 303 See Other. */
    @POST
    @Path("/{id}/refund")
    public Response refund(@PathParam("id") long id) {
        URI receipt = uriInfo.getBaseUriBuilder().path("receipts/" + id).build();
        return Response.seeOther(receipt).build();
    }
}
