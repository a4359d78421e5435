package dev.redirectlint.redirects;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import dev.redirectlint.java.Definitions;
import dev.redirectlint.java.FrameworkFacts;
import dev.redirectlint.java.Helpers.Reached;
import dev.redirectlint.java.SourceFile;
import dev.redirectlint.java.StringEvaluator;
import dev.redirectlint.java.StringValue;
import dev.redirectlint.java.TypeNames;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Whether a handler (with its helpers) may set a Location header: a {@code location(...)} or
 * {@code setLocation(...)} call, a header call naming {@code "Location"} or a {@code LOCATION}
 * constant, a redirect API that writes the header itself, a {@code ResponseEntity} built from
 * headers made elsewhere, or a framework home's declaration of the header on the handler method
 * ({@link FrameworkFacts#declaresLocation}). When in doubt the answer is yes, so the rule stays quiet.
 */
public final class LocationWrites {

    /**
     * The core's names and the homes' ({@link FrameworkFacts#locationCalls()}); {@code sendRedirect} is Jooby's
     * too and {@code encodeRedirectURL} Faces' too, so they stay here though the servlet home lists them.
     */
    private static final Set<String> SETS_LOCATION = withHomes(FrameworkFacts::locationCalls,
            "location", "setLocation", "sendRedirect", "seeOther", "temporaryRedirect", "permanentRedirect",
            "created", "redirect", "encodeRedirectURL");
    /** The core's names and the homes' ({@link FrameworkFacts#headerCalls()}). */
    private static final Set<String> HEADER_CALLS = withHomes(FrameworkFacts::headerCalls,
            "header", "add", "set", "put", "addAll", "headers", "putHeader",
            "setResponseHeader");

    /** The homes' response types built from headers ({@link FrameworkFacts#headerCarryingTypes()}). */
    private static final Set<String> HEADER_CARRYING_TYPES = withHomes(FrameworkFacts::headerCarryingTypes);

    private LocationWrites() {}

    private static Set<String> withHomes(Function<FrameworkFacts, Set<String>> homes, String... core) {
        Set<String> names = new HashSet<>(List.of(core));
        FrameworkFacts.installed().forEach(home -> names.addAll(homes.apply(home)));
        return Set.copyOf(names);
    }

    public static boolean setsLocation(HandlerContext context) {
        if (!context.handler().isLambda() && FrameworkFacts.installed().stream()
                .anyMatch(home -> home.declaresLocation(context.handler().method(), context.names()))) {
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

    /**
     * {@code new ResponseEntity<>(headers, FOUND)}, of a home's header-carrying type, where the headers come
     * from a parameter, field or call.
     */
    private static boolean entityWithOutsideHeaders(ObjectCreationExpr creation, TypeNames names) {
        if (creation.getArguments().size() < 2
                || !names.isType(creation.getType().getNameWithScope(), HEADER_CARRYING_TYPES)) {
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
