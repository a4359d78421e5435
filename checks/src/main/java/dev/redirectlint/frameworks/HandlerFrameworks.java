package dev.redirectlint.frameworks;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.TypeDeclaration;
import dev.redirectlint.java.TypeNames;
import dev.redirectlint.model.Handler;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** Every supported framework, and the handlers of a whole file. */
public final class HandlerFrameworks {

    private static final List<HandlerFramework> ALL = List.of(
            new SpringMvcHandlers(),
            new ServletHandlers(),
            new JaxRsHandlers(),
            new ServletFilterHandlers(),
            new SpringInterceptorHandlers(),
            new SpringSecurityHandlers(),
            new JaxRsFilterHandlers(),
            new MicronautHandlers(),
            new JavalinHandlers(),
            new SparkHandlers(),
            new VertxHandlers(),
            new HelidonHandlers(),
            new JoobyHandlers(),
            new JoobyMvcHandlers(),
            new RatpackHandlers(),
            new SpringFunctionalHandlers());

    private HandlerFrameworks() {}

    /** The handlers declared in the file; code claimed by two frameworks counts once. */
    public static List<Handler> handlers(CompilationUnit unit, TypeNames names) {
        Map<Object, Handler> byMethod = new IdentityHashMap<>();
        List<Handler> handlers = new ArrayList<>();
        for (TypeDeclaration<?> type : names.declaredTypes()) {
            for (HandlerFramework framework : ALL) {
                for (Handler handler : framework.handlers(type, names)) {
                    if (byMethod.putIfAbsent(handler.code(), handler) == null) {
                        handlers.add(handler);
                    }
                }
            }
        }
        return handlers;
    }
}
