package dev.redirectlint.frameworks.micronaut;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import dev.redirectlint.frameworks.FrameworkHome;
import dev.redirectlint.frameworks.HandlerFramework;
import dev.redirectlint.java.Annotations;
import dev.redirectlint.java.StatusConstants;
import dev.redirectlint.java.TypeNames;
import dev.redirectlint.model.Mechanism;
import dev.redirectlint.redirects.RedirectDetector;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Micronaut: {@code @Controller} methods with {@code @Post} and the like, {@code HttpResponse.redirect(uri)}
 * (301), {@code HttpResponse.status(...)}, and {@code @Status(...)} on a method that returns a body.
 */
public final class MicronautHome implements FrameworkHome {

    @Override
    public List<HandlerFramework> handlerFrameworks() {
        return List.of(new MicronautHandlers());
    }

    /** A controller method that a route registered in code also names is Micronaut's. */
    @Override
    public boolean claimsBeforeCodeRoutes() {
        return true;
    }

    @Override
    public List<RedirectDetector> redirectDetectors() {
        return List.of(new MicronautRedirects(), new MicronautRedirects.StatusCalls());
    }

    /** {@code @Status}, which counts only where the method builds no redirect itself. */
    @Override
    public List<RedirectDetector> fallbackDetectors() {
        return List.of(new MicronautStatusRedirects());
    }

    @Override
    public List<Mechanism> mechanisms() {
        return List.of(MicronautTypes.REDIRECT, MicronautTypes.RESPONSE, MicronautTypes.STATUS_ANNOTATION);
    }

    @Override
    public Set<String> apiTypes() {
        Set<String> types = new HashSet<>();
        for (Set<String> set : List.of(MicronautTypes.CONTROLLER, MicronautTypes.STATUS, MicronautTypes.HEADER,
                MicronautTypes.HEADERS, MicronautTypes.CUSTOM_HTTP_METHOD, MicronautTypes.HTTP_RESPONSE)) {
            types.addAll(set);
        }
        MicronautTypes.VERBS.forEach(verb -> types.add(MicronautTypes.ANNOTATION_PACKAGE + verb));
        return types;
    }

    @Override
    public List<StatusConstants.Owner> statusConstants() {
        return List.of(StatusConstants.Owner.of(MicronautTypes.HTTP_STATUS, false, StatusConstants.springNames()));
    }

    @Override
    public Words words() {
        List<String> annotations = new ArrayList<>(MicronautTypes.VERBS);
        annotations.add("CustomHttpMethod");
        return new Words(List.of("redirect", "FOUND", "MOVED_PERMANENTLY", "SEE_OTHER", "TEMPORARY_REDIRECT",
                "PERMANENT_REDIRECT"), List.of("micronaut"), List.of(), List.of(), annotations);
    }

    /**
     * {@code HttpResponse.redirect}, {@code seeOther}, {@code temporaryRedirect}, {@code permanentRedirect} and
     * {@code created(uri)} write the Location, as {@code MutableHttpHeaders.location(uri)} does.
     */
    @Override
    public Set<String> locationCalls() {
        return Set.of("location", "redirect", "seeOther", "temporaryRedirect", "permanentRedirect", "created");
    }

    /** {@code MutableHttpResponse.header(name, value)}, {@code MutableHttpHeaders.add(name, value)} and {@code set}. */
    @Override
    public Set<String> headerCalls() {
        return Set.of("header", "add", "set");
    }

    /**
     * {@code @Header(name = "Location", value = "/x")} on the method (also inside {@code @Headers}) sets the
     * response header.
     */
    @Override
    public boolean declaresLocation(MethodDeclaration method, TypeNames names) {
        List<AnnotationExpr> headers = new ArrayList<>();
        for (AnnotationExpr annotation : method.getAnnotations()) {
            if (Annotations.is(annotation, MicronautTypes.HEADER, names)) {
                headers.add(annotation);
            } else if (Annotations.is(annotation, MicronautTypes.HEADERS, names)) {
                headers.addAll(annotation.findAll(AnnotationExpr.class, inner -> inner != annotation
                        && Annotations.is(inner, MicronautTypes.HEADER, names)));
            }
        }
        return headers.stream().map(header -> Annotations.attribute(header, "name"))
                .anyMatch(name -> name.filter(StringLiteralExpr.class::isInstance)
                        .filter(literal -> ((StringLiteralExpr) literal).asString().equalsIgnoreCase("Location"))
                        .isPresent());
    }
}
