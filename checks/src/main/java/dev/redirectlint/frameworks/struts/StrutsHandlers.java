package dev.redirectlint.frameworks.struts;

import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import dev.redirectlint.frameworks.HandlerFramework;
import dev.redirectlint.java.Annotations;
import dev.redirectlint.java.ClassMethods;
import dev.redirectlint.java.Hierarchy;
import dev.redirectlint.java.TypeNames;
import dev.redirectlint.model.AcceptedMethods;
import dev.redirectlint.model.Handler;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Struts 2 actions: methods annotated {@code @Action} (Convention plugin), {@code execute()} of a class
 * that extends {@code ActionSupport}, and the methods of the actions {@code struts.xml} declares with a redirect
 * result (its {@code method}, {@code execute} by default, or any public one for a wildcard {@code method="{1}"}, and
 * with Dynamic Method Invocation on the methods the action allows),
 * whatever the class extends or imports. An action answers every HTTP method unless {@code @HttpPost},
 * {@code @HttpGet} and the like, on the method or its class, restrict it.
 */
final class StrutsHandlers implements HandlerFramework {

    @Override
    public List<Handler> handlers(TypeDeclaration<?> type, TypeNames names) {
        List<Handler> handlers = new ArrayList<>();
        Optional<StrutsXmlResults> xml = names.index().settings().config(StrutsXmlResults.class);
        Optional<String> qualified = type.getFullyQualifiedName();
        boolean named = xml.isPresent() && qualified.isPresent() && xml.get().names(qualified.get());
        if (!ClassMethods.isConcrete(type) || !named && !mayHaveActions(type, names)) {
            return handlers;
        }
        boolean actionSupport = extendsActionSupport(type, names);
        for (ClassMethods.Member member : ClassMethods.of(type, names)) {
            MethodDeclaration method = member.method();
            boolean annotated = Annotations.find(method, StrutsTypes.ACTION, member.names()).isPresent();
            boolean execute = actionSupport && method.getNameAsString().equals("execute")
                    && method.getParameters().isEmpty() && method.isPublic();
            boolean configured = named && isActionMethod(method) && !xml.get().of(qualified.get(),
                    method.getNameAsString()).isEmpty();
            if (method.getBody().isPresent() && (annotated || execute || configured)) {
                handlers.add(new Handler(StrutsTypes.FRAMEWORK, type, method, accepted(method, type, member.names())));
            }
        }
        return handlers;
    }

    /**
     * True if a class that no struts.xml names may still have actions: an {@code @Action} method or an
     * {@code execute()} up its hierarchy (the lexical facts tell without parsing it), and Struts imported by
     * its file or reached through a project supertype.
     */
    private static boolean mayHaveActions(TypeDeclaration<?> type, TypeNames names) {
        String qualified = Hierarchy.qualifiedName(type);
        if (!names.index().mayAnnotateMembers(qualified, Set.of("Action"))
                && !names.index().mayHaveMethod(qualified, Set.of("execute/0"))) {
            return false;
        }
        return names.importsAnyUnder("org.apache.struts2.", "com.opensymphony.xwork2.")
                || !Hierarchy.supertypes(type, names).isEmpty();
    }

    /**
     * A method Struts can invoke as an action: public, not static, without parameters, returning the outcome
     * ({@code String}); a wildcard action ({@code method="{1}"}) may be any of them.
     */
    private static boolean isActionMethod(MethodDeclaration method) {
        String returned = method.getType().asString();
        return method.isPublic() && !method.isStatic() && method.getParameters().isEmpty()
                && (returned.equals("String") || returned.equals("java.lang.String"));
    }

    private static boolean extendsActionSupport(TypeDeclaration<?> type, TypeNames names) {
        if (type instanceof ClassOrInterfaceDeclaration declared && declared.getExtendedTypes().stream()
                .anyMatch(extended -> names.isType(extended, StrutsTypes.ACTION_SUPPORT))) {
            return true;
        }
        return Hierarchy.supertypes(type, names).stream().anyMatch(supertype -> supertype.declaration()
                .getExtendedTypes().stream().anyMatch(extended -> supertype.names().isType(extended, StrutsTypes.ACTION_SUPPORT)));
    }

    private static AcceptedMethods accepted(MethodDeclaration method, TypeDeclaration<?> type, TypeNames names) {
        return httpMethods(method, names).or(() -> httpMethods(type, names)).map(AcceptedMethods::of)
                .orElse(AcceptedMethods.anyMethod());
    }

    private static Optional<List<String>> httpMethods(NodeWithAnnotations<?> element, TypeNames names) {
        for (AnnotationExpr annotation : element.getAnnotations()) {
            Optional<String> fqn = Annotations.resolve(annotation, names);
            if (fqn.isPresent() && fqn.get().startsWith(StrutsTypes.HTTP_METHOD_PACKAGE)) {
                List<String> methods = StrutsTypes.HTTP_METHODS.get(fqn.get().substring(StrutsTypes.HTTP_METHOD_PACKAGE.length()));
                if (methods != null) {
                    return Optional.of(methods);
                }
            }
        }
        return Optional.empty();
    }
}
