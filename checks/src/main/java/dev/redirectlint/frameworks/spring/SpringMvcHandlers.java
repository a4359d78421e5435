package dev.redirectlint.frameworks.spring;

import com.github.javaparser.ast.body.AnnotationDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.redirectlint.frameworks.HandlerFramework;
import dev.redirectlint.java.Annotations;
import dev.redirectlint.java.ClassMethods;
import dev.redirectlint.java.Hierarchy;
import dev.redirectlint.java.TypeNames;
import dev.redirectlint.model.AcceptedMethods;
import dev.redirectlint.model.Handler;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Spring MVC (and WebFlux) annotated controllers. A class is a controller when it carries
 * {@code @Controller}, {@code @RestController}, a type-level {@code @RequestMapping} (enough up to
 * Spring 5.3), or an annotation declared in the same file that carries one of them. Handler methods
 * carry {@code @RequestMapping}, a {@code @XxxMapping} shortcut, {@code @HttpExchange} or a shortcut of
 * it, directly or through an annotation declared in the same file. Class-level and method-level
 * methods combine as a union, and no method at all means every method, as Spring does at run time.
 */
final class SpringMvcHandlers implements HandlerFramework {

    private static final String ANNOTATION_PACKAGE = "org.springframework.web.bind.annotation.";
    private static final String EXCHANGE_PACKAGE = "org.springframework.web.service.annotation.";
    private static final int META_DEPTH = 3;

    /** The simple names of the annotations that map a handler method. */
    private static final Set<String> METHOD_MAPPINGS = Stream.of(Stream.of("RequestMapping", "HttpExchange"),
            SpringTypes.SHORTCUTS.stream(), SpringTypes.EXCHANGE_SHORTCUTS.stream())
            .flatMap(names -> names).collect(Collectors.toUnmodifiableSet());

    @Override
    public List<Handler> handlers(TypeDeclaration<?> type, TypeNames names) {
        if (!names.index().mayAnnotateMembers(Hierarchy.qualifiedName(type), METHOD_MAPPINGS)) {
            return List.of(); // no mapped method up its hierarchy, as the lexical facts tell without parsing it
        }
        Optional<Mapping> classMapping = mappingOf(type, names, 0);
        for (Hierarchy.Supertype supertype : Hierarchy.supertypes(type, names)) {
            classMapping = classMapping.or(() -> mappingOf(supertype.declaration(), supertype.names(), 0));
        }
        boolean controller = isController(type, names, 0) || classMapping.isPresent();
        if (!controller || !ClassMethods.isConcrete(type)) {
            return List.of(); // Spring registers concrete beans only; a base class's mappings count in its subclasses
        }
        boolean restController = hasMeta(type, names, SpringTypes.REST_CONTROLLER, 0)
                || hasMeta(type, names, SpringTypes.RESPONSE_BODY, 0);
        boolean reactive = isReactive(names);
        List<Handler> handlers = new ArrayList<>();
        for (ClassMethods.Member member : ClassMethods.of(type, names)) {
            MethodDeclaration method = member.method();
            Optional<Mapping> methodMapping = mappingOf(method, member.names(), 0);
            for (Hierarchy.Overridden overridden : Hierarchy.overridden(type, method, names)) {
                methodMapping = methodMapping.or(() -> mappingOf(overridden.method(), overridden.names(), 0));
            }
            if (methodMapping.isEmpty() || method.getBody().isEmpty()) {
                continue;
            }
            AcceptedMethods accepted = combine(classMapping, methodMapping.get());
            boolean body = restController || hasMeta(method, member.names(), SpringTypes.RESPONSE_BODY, 0);
            handlers.add(new Handler(SpringTypes.MVC, type, method, accepted, new SpringHandlerDetails(body,
                    reactive || returnsPublisher(method) || takesExchange(method, member.names()))));
        }
        return handlers;
    }

    /** True if the method's return value is WebFlux's to handle, where a {@code redirect:} view sends 303. */
    static boolean isReactive(MethodDeclaration method, TypeNames fileNames, TypeNames memberNames) {
        return isReactive(fileNames) || returnsPublisher(method) || takesExchange(method, memberNames);
    }

    /** True if the element carries the annotation directly or through one declared in its file. */
    static boolean carries(NodeWithAnnotations<?> element, TypeNames names, Set<String> fqns) {
        return hasMeta(element, names, fqns, 0);
    }

    /** The methods a mapping names; empty means no restriction. */
    private record Mapping(Set<String> methods) {}

    private static AcceptedMethods combine(Optional<Mapping> classMapping, Mapping methodMapping) {
        Set<String> union = new LinkedHashSet<>(methodMapping.methods());
        classMapping.ifPresent(mapping -> union.addAll(mapping.methods()));
        return union.isEmpty() ? AcceptedMethods.anyMethod() : AcceptedMethods.of(union);
    }

    private static Optional<Mapping> mappingOf(NodeWithAnnotations<?> element, TypeNames names, int depth) {
        for (AnnotationExpr annotation : element.getAnnotations()) {
            Optional<Mapping> mapping = mappingOf(annotation, names, depth);
            if (mapping.isPresent()) {
                return mapping;
            }
        }
        return Optional.empty();
    }

    private static Optional<Mapping> mappingOf(AnnotationExpr annotation, TypeNames names, int depth) {
        Optional<String> fqn = Annotations.resolve(annotation, names);
        if (fqn.isPresent()) {
            String name = fqn.get();
            if (SpringTypes.REQUEST_MAPPING.contains(name)) {
                return Optional.of(new Mapping(requestMethods(annotation, names)));
            }
            if (SpringTypes.HTTP_EXCHANGE.contains(name)) {
                return Optional.of(new Mapping(exchangeMethod(annotation)));
            }
            for (String shortcut : SpringTypes.SHORTCUTS) {
                if (name.equals(ANNOTATION_PACKAGE + shortcut)) {
                    return Optional.of(new Mapping(Set.of(verbOf(shortcut, "Mapping"))));
                }
            }
            for (String shortcut : SpringTypes.EXCHANGE_SHORTCUTS) {
                if (name.equals(EXCHANGE_PACKAGE + shortcut)) {
                    return Optional.of(new Mapping(Set.of(verbOf(shortcut, "Exchange"))));
                }
            }
            return Optional.empty();
        }
        if (depth < META_DEPTH) {
            Optional<AnnotationDeclaration> declared = Annotations.declaredInFile(annotation, names);
            if (declared.isPresent()) {
                return mappingOf(declared.get(), names, depth + 1);
            }
        }
        return Optional.empty();
    }

    private static String verbOf(String shortcut, String suffix) {
        return shortcut.substring(0, shortcut.length() - suffix.length()).toUpperCase(Locale.ROOT);
    }

    /** The values of {@code method = ...}: {@code RequestMethod.POST}, a static import, or an array. */
    private static Set<String> requestMethods(AnnotationExpr annotation, TypeNames names) {
        Set<String> methods = new LinkedHashSet<>();
        Annotations.attribute(annotation, "method").ifPresent(value -> {
            for (Expression element : Annotations.elements(value)) {
                requestMethod(element, names).ifPresent(methods::add);
            }
        });
        return methods;
    }

    private static Optional<String> requestMethod(Expression element, TypeNames names) {
        if (element instanceof FieldAccessExpr access
                && names.isType(access.getScope().toString(), SpringTypes.REQUEST_METHOD)) {
            return Optional.of(access.getNameAsString());
        }
        if (element instanceof NameExpr name) {
            String requestMethod = "org.springframework.web.bind.annotation.RequestMethod";
            String member = requestMethod + "." + name.getNameAsString();
            if (names.importsStatic(member)) {
                return Optional.of(name.getNameAsString());
            }
        }
        return Optional.empty();
    }

    private static Set<String> exchangeMethod(AnnotationExpr annotation) {
        return Annotations.attribute(annotation, "method")
                .filter(StringLiteralExpr.class::isInstance)
                .map(value -> ((StringLiteralExpr) value).asString().trim().toUpperCase(Locale.ROOT))
                .filter(method -> !method.isEmpty())
                .map(Set::of)
                .orElse(Set.of());
    }

    private static boolean isController(NodeWithAnnotations<?> element, TypeNames names, int depth) {
        return hasMeta(element, names, SpringTypes.CONTROLLER, depth)
                || hasMeta(element, names, SpringTypes.REST_CONTROLLER, depth);
    }

    /** True if the element carries the annotation directly or through one declared in this file. */
    private static boolean hasMeta(NodeWithAnnotations<?> element, TypeNames names, Set<String> fqns, int depth) {
        for (AnnotationExpr annotation : element.getAnnotations()) {
            if (Annotations.is(annotation, fqns, names)) {
                return true;
            }
            if (depth < META_DEPTH && Annotations.resolve(annotation, names).isEmpty()) {
                Optional<AnnotationDeclaration> declared = Annotations.declaredInFile(annotation, names);
                if (declared.isPresent() && hasMeta(declared.get(), names, fqns, depth + 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Types only Spring WebFlux has, in packages Spring MVC shares: {@code org.springframework.web.server} also
     * holds {@code ResponseStatusException}, which MVC controllers throw, so that package alone says nothing.
     */
    static final Set<String> WEBFLUX_TYPES = Set.of(
            "org.springframework.web.server.ServerWebExchange", "org.springframework.web.server.WebSession",
            "org.springframework.web.server.WebFilter", "org.springframework.web.server.WebFilterChain",
            "org.springframework.web.server.WebHandler", "org.springframework.web.server.WebExceptionHandler",
            "org.springframework.web.server.ServerWebExchangeDecorator",
            "org.springframework.web.server.ServerWebInputException");

    /**
     * WebFlux controllers use the reactive web stack; their {@code redirect:} views send 303. A file is
     * reactive if it imports anything under {@code org.springframework.web.reactive} or
     * {@code org.springframework.http.server.reactive} (WebFlux's own packages, also as wildcards), or one
     * of the WebFlux-only types of {@code org.springframework.web.server} by name; never from a wildcard
     * import of that shared package.
     */
    private static boolean isReactive(TypeNames names) {
        return names.importsAnyUnder("org.springframework.web.reactive.", "org.springframework.http.server.reactive.")
                || WEBFLUX_TYPES.stream().anyMatch(names::importsExactly);
    }

    /** A handler with a {@code ServerWebExchange} or {@code WebSession} parameter (also through {@code web.server.*}). */
    private static boolean takesExchange(MethodDeclaration method, TypeNames names) {
        for (var parameter : method.getParameters()) {
            String type = parameter.getType().asString();
            if ((type.equals("ServerWebExchange") || type.equals("WebSession"))
                    && (names.importsExactly("org.springframework.web.server." + type)
                            || names.imports("org.springframework.web.server." + type))
                    || type.equals("org.springframework.web.server.ServerWebExchange")) {
                return true;
            }
        }
        return false;
    }

    private static boolean returnsPublisher(MethodDeclaration method) {
        return method.getType() instanceof ClassOrInterfaceType type
                && Set.of("Mono", "Flux", "Publisher", "Rendering").contains(type.getNameAsString());
    }
}
