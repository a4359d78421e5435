package dev.redirectlint.frameworks;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.TypeDeclaration;
import dev.redirectlint.java.TypeNames;
import dev.redirectlint.model.Handler;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Every supported framework, and the handlers of a whole file. */
public final class HandlerFrameworks {

    private static final List<HandlerFramework> CORE = List.of(
            new SpringMvcHandlers(),
            new ServletHandlers(),
            new JaxRsHandlers(),
            new ServletFilterHandlers(),
            new SpringInterceptorHandlers(),
            new SpringSecurityHandlers(),
            new JaxRsFilterHandlers(),
            new MicronautHandlers(),
            new SpringFunctionalHandlers());

    /** The core's, then each home's: where two claim the same code, the first wins. */
    private static final List<HandlerFramework> ALL = Stream.concat(CORE.stream(),
            FrameworkHome.installed().stream().flatMap(home -> home.handlerFrameworks().stream())).toList();

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
