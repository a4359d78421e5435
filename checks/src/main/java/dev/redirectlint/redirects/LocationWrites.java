package dev.redirectlint.redirects;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import dev.redirectlint.java.Annotations;
import dev.redirectlint.java.Definitions;
import dev.redirectlint.java.Helpers.Reached;
import dev.redirectlint.java.SourceFile;
import dev.redirectlint.java.KnownTypes;
import dev.redirectlint.java.StringEvaluator;
import dev.redirectlint.java.StringValue;
import dev.redirectlint.java.TypeNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Whether a handler (with its helpers) may set a Location header: a {@code location(...)} or
 * {@code setLocation(...)} call, a header call naming {@code "Location"} or a {@code LOCATION}
 * constant, a redirect API that writes the header itself, or a {@code ResponseEntity} built from
 * headers made elsewhere. When in doubt the answer is yes, so the rule stays quiet.
 */
public final class LocationWrites {

    private static final Set<String> SETS_LOCATION = Set.of(
            "location", "setLocation", "sendRedirect", "seeOther", "temporaryRedirect", "permanentRedirect",
            "created", "redirect", "encodeRedirectURL");
    private static final Set<String> HEADER_CALLS = Set.of(
            "header", "setHeader", "addHeader", "add", "set", "put", "putSingle", "addAll", "headers", "putHeader",
            "setResponseHeader", "withHeader", "withHeaders"); // the last two: Play's Result

    private LocationWrites() {}

    /**
     * Micronaut's {@code @Header(name = "Location", value = "/x")} on the method (also inside {@code @Headers})
     * sets the response header.
     */
    private static boolean locationHeaderAnnotation(MethodDeclaration method, TypeNames names) {
        List<AnnotationExpr> headers = new ArrayList<>();
        for (AnnotationExpr annotation : method.getAnnotations()) {
            if (Annotations.is(annotation, KnownTypes.MICRONAUT_HEADER, names)) {
                headers.add(annotation);
            } else if (Annotations.is(annotation, KnownTypes.MICRONAUT_HEADERS, names)) {
                headers.addAll(annotation.findAll(AnnotationExpr.class, inner -> inner != annotation
                        && Annotations.is(inner, KnownTypes.MICRONAUT_HEADER, names)));
            }
        }
        return headers.stream().map(header -> Annotations.attribute(header, "name"))
                .anyMatch(name -> name.filter(StringLiteralExpr.class::isInstance)
                        .filter(literal -> ((StringLiteralExpr) literal).asString().equalsIgnoreCase("Location"))
                        .isPresent());
    }

    public static boolean setsLocation(HandlerContext context) {
        if (!context.handler().isLambda() && locationHeaderAnnotation(context.handler().method(), context.names())) {
            return true;
        }
        for (MethodCallExpr call : context.unfollowedCalls()) {
            if (passesResponse(call)) {
                return true; // a helper not read, handed the response or its headers, may set it
            }
        }
        for (Reached reached : context.reachable()) {
            for (MethodCallExpr call : reached.code().findAll(MethodCallExpr.class)) {
                String name = call.getNameAsString();
                if (SETS_LOCATION.contains(name)) {
                    return true;
                }
                if (HEADER_CALLS.contains(name) && !call.getArguments().isEmpty()
                        && namesLocation(call.getArgument(0), context.strings(reached))) {
                    return true;
                }
                if (name.equals("headers") && !call.getArguments().isEmpty()) {
                    return true; // headers copied from elsewhere may hold a Location
                }
            }
            for (ObjectCreationExpr creation : reached.code().findAll(ObjectCreationExpr.class)) {
                if (entityWithOutsideHeaders(creation, context.names(reached))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True if an argument looks like the response, its headers, or a framework context that writes them. */
    private static boolean passesResponse(MethodCallExpr call) {
        for (Expression argument : call.getArguments()) {
            if (argument instanceof NameExpr name) {
                String type = Definitions.declaredType(name, SourceFile.require(name).names()).map(Object::toString)
                        .orElse("");
                if (type.contains("Response") || type.contains("Headers") || type.contains("Context")
                        || type.contains("Exchange")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean namesLocation(Expression argument, StringEvaluator strings) {
        if (argument instanceof FieldAccessExpr access) {
            return access.getNameAsString().equals("LOCATION");
        }
        if (argument instanceof NameExpr name && name.getNameAsString().equals("LOCATION")) {
            return true;
        }
        List<StringValue> values = strings.evaluate(argument);
        return values.isEmpty() && !argument.isStringLiteralExpr()
                || values.stream().anyMatch(v -> v.text().equalsIgnoreCase("location") || !v.complete());
    }

    /** {@code new ResponseEntity<>(headers, FOUND)} where the headers come from a parameter, field or call. */
    private static boolean entityWithOutsideHeaders(ObjectCreationExpr creation, TypeNames names) {
        if (creation.getArguments().size() < 2
                || !names.isType(creation.getType().getNameWithScope(), KnownTypes.SPRING_RESPONSE_ENTITY)) {
            return false;
        }
        for (Expression argument : creation.getArguments().subList(0, creation.getArguments().size() - 1)) {
            if (argument instanceof NameExpr || argument instanceof MethodCallExpr) {
                return true;
            }
        }
        return false;
    }
}
