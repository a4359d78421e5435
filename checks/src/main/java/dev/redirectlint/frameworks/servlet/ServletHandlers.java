package dev.redirectlint.frameworks.servlet;

import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.redirectlint.frameworks.HandlerFramework;
import dev.redirectlint.frameworks.Signatures;
import dev.redirectlint.java.ClassMethods;
import dev.redirectlint.java.Hierarchy;
import dev.redirectlint.java.KnownTypes;
import dev.redirectlint.java.TreeFacts;
import dev.redirectlint.java.TypeNames;
import dev.redirectlint.model.AcceptedMethods;
import dev.redirectlint.model.Handler;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code HttpServlet} subclasses (javax and jakarta): {@code doPost}, {@code doPut}, {@code doDelete}
 * and {@code doPatch} accept their method, {@code doGet}/{@code doHead} GET, and an overridden
 * {@code service} every method. A class whose superclass is not in the file still counts when it
 * overrides a {@code doXxx(HttpServletRequest, HttpServletResponse)} method. Anonymous subclasses
 * ({@code new HttpServlet() { ... }}) count too.
 */
final class ServletHandlers implements HandlerFramework {

    private static final Map<String, String> DO_METHODS = Map.of(
            "doGet", "GET", "doHead", "HEAD", "doPost", "POST", "doPut", "PUT", "doDelete", "DELETE",
            "doPatch", "PATCH", "doOptions", "OPTIONS", "doTrace", "TRACE");
    private static final Set<String> ENTRY_SIGNATURES =
            Stream.concat(DO_METHODS.keySet().stream(), Stream.of("service"))
                    .map(name -> name + "/2").collect(Collectors.toUnmodifiableSet());

    @Override
    public List<Handler> handlers(TypeDeclaration<?> type, TypeNames names) {
        if (!(type instanceof ClassOrInterfaceDeclaration declaration) || declaration.isInterface()) {
            return List.of();
        }
        List<Handler> handlers = new ArrayList<>();
        for (ObjectCreationExpr anonymous : anonymousServlets(declaration, names)) {
            for (BodyDeclaration<?> member : anonymous.getAnonymousClassBody().orElseThrow()) {
                if (member instanceof MethodDeclaration method && method.getBody().isPresent()
                        && hasServletParameters(method, names)) {
                    addIfEntryPoint(declaration, method, handlers);
                }
            }
        }
        if (declaration.isAbstract() || !names.index().mayHaveMethod(Hierarchy.qualifiedName(type), ENTRY_SIGNATURES)) {
            // A base servlet is deployed as its concrete subclasses, which inherit its methods; a class with no
            // method of these signatures up its hierarchy (the lexical facts tell) handles nothing.
            return handlers;
        }
        boolean servlet = extendsHttpServlet(declaration, names);
        boolean subclass = !declaration.getExtendedTypes().isEmpty();
        for (ClassMethods.Member member : ClassMethods.of(declaration, names)) {
            MethodDeclaration method = member.method();
            if (method.getBody().isEmpty() || method.isStatic() || !hasServletParameters(method, member.names())) {
                continue;
            }
            boolean overrides = servlet || (subclass && method.isAnnotationPresent("Override"));
            if (!overrides) {
                continue;
            }
            addIfEntryPoint(declaration, method, handlers);
        }
        return handlers;
    }

    private static void addIfEntryPoint(TypeDeclaration<?> type, MethodDeclaration method, List<Handler> handlers) {
        String name = method.getNameAsString();
        if (DO_METHODS.containsKey(name)) {
            handlers.add(handler(type, method, AcceptedMethods.of(List.of(DO_METHODS.get(name)))));
        } else if (name.equals("service")) {
            handlers.add(handler(type, method, AcceptedMethods.anyMethod()));
        }
    }

    /**
     * Servlets written inline, as embedded Jetty or Tomcat setups do: {@code new HttpServlet() { ... }} in
     * this class's own code. Their handlers are named after the class that writes them.
     */
    private static List<ObjectCreationExpr> anonymousServlets(TypeDeclaration<?> type, TypeNames names) {
        return TreeFacts.callsAndCreations(type).stream()
                .filter(ObjectCreationExpr.class::isInstance).map(ObjectCreationExpr.class::cast)
                .filter(creation -> creation.getAnonymousClassBody().isPresent()
                        && creation.findAncestor(TypeDeclaration.class).orElse(null) == type
                        && names.isType(creation.getType(), ServletTypes.HTTP_SERVLET))
                .toList();
    }

    private static Handler handler(TypeDeclaration<?> type, MethodDeclaration method, AcceptedMethods methods) {
        return new Handler(ServletTypes.FRAMEWORK, type, method, methods);
    }

    private static boolean hasServletParameters(MethodDeclaration method, TypeNames names) {
        return Signatures.parametersAre(method, names, KnownTypes.HTTP_SERVLET_REQUEST,
                KnownTypes.SERVLET_RESPONSE_PARAMETER);
    }

    /** True if the class extends {@code HttpServlet} directly or through superclasses the source shows. */
    private static boolean extendsHttpServlet(ClassOrInterfaceDeclaration declaration, TypeNames names) {
        if (declaration.getExtendedTypes().stream().anyMatch(parent -> names.isType(parent, ServletTypes.HTTP_SERVLET))) {
            return true;
        }
        for (Hierarchy.Supertype supertype : Hierarchy.supertypes(declaration, names)) {
            for (ClassOrInterfaceType parent : supertype.declaration().getExtendedTypes()) {
                if (supertype.names().isType(parent, ServletTypes.HTTP_SERVLET)) {
                    return true;
                }
            }
        }
        return false;
    }
}
