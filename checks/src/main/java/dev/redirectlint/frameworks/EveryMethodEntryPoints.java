package dev.redirectlint.frameworks;

import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import dev.redirectlint.java.ClassMethods;
import dev.redirectlint.java.Hierarchy;
import dev.redirectlint.java.TypeNames;
import dev.redirectlint.model.AcceptedMethods;
import dev.redirectlint.model.Framework;
import dev.redirectlint.model.Handler;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Code that sees requests of every HTTP method before any handler runs: filters and interceptors.
 * Each subclass says which method of a class is such an entry point; its redirects, typically to a
 * login page, are reported as {@code any-method-302}.
 */
public abstract class EveryMethodEntryPoints implements HandlerFramework {

    private final Framework framework;

    protected EveryMethodEntryPoints(Framework framework) {
        this.framework = framework;
    }

    /** True if the method, which has a body, is this kind of entry point. */
    protected abstract boolean isEntryPoint(MethodDeclaration method, TypeNames names);

    /** The signatures of the methods {@link #isEntryPoint} may accept, as name and arity: {@code doFilter/3}. */
    protected abstract Set<String> entrySignatures();

    @Override
    public final List<Handler> handlers(TypeDeclaration<?> type, TypeNames names) {
        // Most classes have no method of these signatures anywhere up their hierarchy, which the lexical facts
        // tell without parsing the supertypes' files.
        if (!(type instanceof ClassOrInterfaceDeclaration declaration) || !ClassMethods.isConcrete(type)
                || !names.index().mayHaveMethod(Hierarchy.qualifiedName(type), entrySignatures())) {
            return List.of();
        }
        List<Handler> handlers = new ArrayList<>();
        for (ClassMethods.Member member : ClassMethods.of(declaration, names)) {
            MethodDeclaration method = member.method();
            if (method.getBody().isPresent() && isEntryPoint(method, member.names())) {
                handlers.add(new Handler(framework, type, method, AcceptedMethods.anyMethod()));
            }
        }
        return handlers;
    }
}
