package dev.redirectlint.frameworks;

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
import java.util.Optional;
import java.util.Set;

/**
 * Handlers declared by an annotation on the method that names its HTTP method ({@code @POST},
 * {@code @Post}), also when the method it overrides in an interface or superclass carries it: methods of
 * concrete classes only, for a base class's methods count in the classes that inherit them.
 */
public abstract class AnnotatedMethodHandlers implements HandlerFramework {

    private final Framework framework;

    protected AnnotatedMethodHandlers(Framework framework) {
        this.framework = framework;
    }

    /** The HTTP method an annotation of the method declares, upper case. */
    protected abstract Optional<String> verb(MethodDeclaration method, TypeNames names);

    /**
     * The simple names of the annotations {@link #verb} reads a verb from: a method with none of them, and
     * no annotation type declared in its file, has none.
     */
    protected abstract Set<String> verbAnnotations();

    /** True if the class's methods may be handlers at all (a controller annotation on the class); true by default. */
    protected boolean isController(TypeDeclaration<?> type, TypeNames names) {
        return true;
    }

    @Override
    public final List<Handler> handlers(TypeDeclaration<?> type, TypeNames names) {
        List<Handler> handlers = new ArrayList<>();
        // Most classes have no such annotation anywhere up their hierarchy, which the lexical facts tell
        // without parsing the supertypes' files.
        if (!ClassMethods.isConcrete(type)
                || !names.index().mayAnnotateMembers(Hierarchy.qualifiedName(type), verbAnnotations())
                || !isController(type, names)) {
            return handlers;
        }
        for (ClassMethods.Member member : ClassMethods.of(type, names)) {
            MethodDeclaration method = member.method();
            if (method.getBody().isEmpty()) {
                continue;
            }
            Optional<String> verb = verb(method, member.names());
            for (Hierarchy.Overridden overridden : Hierarchy.overridden(type, method, names)) {
                verb = verb.or(() -> verb(overridden.method(), overridden.names()));
            }
            verb.ifPresent(name -> handlers.add(
                    new Handler(framework, type, method, AcceptedMethods.of(List.of(name)))));
        }
        return handlers;
    }
}
