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

    /** The core's frameworks whose handlers their classes declare (annotations, supertypes, method names). */
    private static final List<HandlerFramework> CORE = List.of();

    /** The core's frameworks of routes registered in code. */
    private static final List<HandlerFramework> CORE_CODE_ROUTES = List.of();

    /**
     * The core's declared frameworks, the homes' that claim before code routes
     * ({@link FrameworkHome#claimsBeforeCodeRoutes()}), the core's code routes, then the other homes': where two
     * claim the same code, the first wins.
     */
    private static final List<HandlerFramework> ALL = Stream.of(CORE.stream(), homes(true), CORE_CODE_ROUTES.stream(),
            homes(false)).flatMap(phase -> phase).toList();

    private HandlerFrameworks() {}

    private static Stream<HandlerFramework> homes(boolean beforeCodeRoutes) {
        return FrameworkHome.installed().stream().filter(home -> home.claimsBeforeCodeRoutes() == beforeCodeRoutes)
                .flatMap(home -> home.handlerFrameworks().stream());
    }

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
