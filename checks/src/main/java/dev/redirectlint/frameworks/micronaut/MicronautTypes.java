package dev.redirectlint.frameworks.micronaut;

import dev.redirectlint.model.Framework;
import dev.redirectlint.model.Mechanism;
import java.util.List;
import java.util.Set;

/** Micronaut's HTTP types ({@code io.micronaut.http}), its {@code Framework} and the mechanisms it reports. */
final class MicronautTypes {

    static final Framework FRAMEWORK = new Framework("MICRONAUT", "Micronaut");
    static final Mechanism REDIRECT = new Mechanism("MICRONAUT_REDIRECT", "Micronaut HttpResponse.redirect", false);
    static final Mechanism RESPONSE = new Mechanism("MICRONAUT_RESPONSE", "a Micronaut HttpResponse status", true,
            "add .headers(headers -> headers.location(uri)) to the HttpResponse");
    static final Mechanism STATUS_ANNOTATION = new Mechanism("MICRONAUT_STATUS_ANNOTATION", "Micronaut @Status", true,
            "return HttpResponse.seeOther(uri) (or temporaryRedirect) instead, which sets both");

    static final String ANNOTATION_PACKAGE = "io.micronaut.http.annotation.";
    static final Set<String> CONTROLLER = Set.of(ANNOTATION_PACKAGE + "Controller");
    static final Set<String> STATUS = Set.of(ANNOTATION_PACKAGE + "Status");
    static final Set<String> HEADER = Set.of(ANNOTATION_PACKAGE + "Header");
    static final Set<String> HEADERS = Set.of(ANNOTATION_PACKAGE + "Headers");
    static final Set<String> CUSTOM_HTTP_METHOD = Set.of(ANNOTATION_PACKAGE + "CustomHttpMethod");
    static final Set<String> HTTP_RESPONSE =
            Set.of("io.micronaut.http.HttpResponse", "io.micronaut.http.MutableHttpResponse");
    /** Its status constants: Spring's names, but for the deprecated {@code MOVED_TEMPORARILY}. */
    static final String HTTP_STATUS = "io.micronaut.http.HttpStatus";

    /** The method annotations in {@link #ANNOTATION_PACKAGE}, named like the method they map. */
    static final List<String> VERBS = List.of("Get", "Post", "Put", "Patch", "Delete", "Head", "Options", "Trace");

    private MicronautTypes() {}
}
