package dev.redirectlint.frameworks.spring;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import dev.redirectlint.frameworks.HandlerFramework;
import dev.redirectlint.java.ClassMethods;
import dev.redirectlint.java.TypeNames;
import dev.redirectlint.model.AcceptedMethods;
import dev.redirectlint.model.Handler;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import dev.redirectlint.java.Hierarchy;

/**
 * Spring MVC's {@code @ExceptionHandler} methods, which answer the request whose handler threw. One in a
 * controller answers that controller's requests, so it accepts the methods its handlers accept together; one in
 * a {@code @ControllerAdvice} answers any controller's, so every method. Spring renders what they return as it
 * does a handler's ({@code ExceptionHandlerExceptionResolver} runs them as handler methods, {@code redirect:}
 * views and {@code @ResponseStatus} included).
 */
final class SpringExceptionHandlers implements HandlerFramework {

    private final SpringMvcHandlers controllers = new SpringMvcHandlers();

    @Override
    public List<Handler> handlers(TypeDeclaration<?> type, TypeNames names) {
        if (!ClassMethods.isConcrete(type)
                || !names.index().mayAnnotateMembers(Hierarchy.qualifiedName(type), Set.of("ExceptionHandler"))) {
            return List.of();
        }
        boolean advice = SpringMvcHandlers.carries(type, names, SpringTypes.CONTROLLER_ADVICE)
                || SpringMvcHandlers.carries(type, names, SpringTypes.REST_CONTROLLER_ADVICE);
        List<Handler> mapped = advice ? List.of() : controllers.handlers(type, names);
        if (!advice && mapped.isEmpty()) {
            return List.of();
        }
        AcceptedMethods accepted = advice ? AcceptedMethods.anyMethod() : together(mapped);
        boolean restType = SpringMvcHandlers.carries(type, names, SpringTypes.REST_CONTROLLER_ADVICE)
                || SpringMvcHandlers.carries(type, names, SpringTypes.REST_CONTROLLER)
                || SpringMvcHandlers.carries(type, names, SpringTypes.RESPONSE_BODY);
        List<Handler> handlers = new ArrayList<>();
        for (ClassMethods.Member member : ClassMethods.of(type, names)) {
            MethodDeclaration method = member.method();
            if (method.getBody().isEmpty()
                    || !SpringMvcHandlers.carries(method, member.names(), SpringTypes.EXCEPTION_HANDLER)) {
                continue;
            }
            boolean body = restType || SpringMvcHandlers.carries(method, member.names(), SpringTypes.RESPONSE_BODY);
            handlers.add(new Handler(SpringTypes.MVC, type, method, accepted, new SpringHandlerDetails(body,
                    SpringMvcHandlers.isReactive(method, names, member.names()))));
        }
        return handlers;
    }

    /** The methods any of the controller's handlers accepts. */
    private static AcceptedMethods together(List<Handler> mapped) {
        Set<String> union = new LinkedHashSet<>();
        for (Handler handler : mapped) {
            if (handler.methods().any()) {
                return AcceptedMethods.anyMethod();
            }
            union.addAll(handler.methods().methods());
        }
        return AcceptedMethods.of(union);
    }
}
