package dev.redirectlint.frameworks.play;

import com.github.javaparser.ast.body.TypeDeclaration;
import dev.redirectlint.frameworks.HandlerFramework;
import dev.redirectlint.java.ClassMethods;
import dev.redirectlint.java.TypeNames;
import dev.redirectlint.model.AcceptedMethods;
import dev.redirectlint.model.Handler;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Play controller actions: the public methods of a class (its own or inherited) that a route of the project's
 * routes files names, accepting the HTTP methods of those routes. Nothing in a controller's code says which
 * methods an action accepts, so a method no route names is not a handler: without the routes files (a file
 * checked on its own) no Play controller is.
 */
final class PlayControllerHandlers implements HandlerFramework {

    @Override
    public List<Handler> handlers(TypeDeclaration<?> type, TypeNames names) {
        Optional<PlayRoutes> routes = names.index().settings().config(PlayRoutes.class);
        Optional<String> controller = type.getFullyQualifiedName();
        if (routes.isEmpty() || controller.isEmpty() || !ClassMethods.isConcrete(type)
                || !routes.get().routesTo(controller.get())) {
            return List.of();
        }
        List<Handler> handlers = new ArrayList<>();
        for (ClassMethods.Member member : ClassMethods.of(type, names)) {
            if (!member.method().isPublic() || member.method().getBody().isEmpty()) {
                continue; // the router Play generates calls public methods only
            }
            Optional<Set<String>> verbs = routes.get().verbs(controller.get(), member.method().getNameAsString());
            verbs.ifPresent(methods -> handlers.add(new Handler(PlayTypes.FRAMEWORK, type, member.method(),
                    AcceptedMethods.of(methods))));
        }
        return handlers;
    }
}
