package dev.redirectlint.frameworks.faces;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.type.Type;
import dev.redirectlint.frameworks.HandlerFramework;
import dev.redirectlint.java.Annotations;
import dev.redirectlint.java.ClassMethods;
import dev.redirectlint.java.Hierarchy;
import dev.redirectlint.java.TypeNames;
import dev.redirectlint.model.AcceptedMethods;
import dev.redirectlint.model.Handler;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Faces action methods: the public methods of a bean EL can name ({@code @Named}, {@code @Model},
 * {@code @ManagedBean}) that return an outcome ({@code String}) or nothing. A command component calls them
 * in the Invoke Application phase of a postback, and a postback is the POST of the form {@code h:form}
 * renders ({@code method="post"}), so they accept POST. Accessors, lifecycle callbacks, observers and
 * listener methods (system events such as {@code preRenderView}, Ajax behaviours, value changes) are not
 * actions, nor are public methods with parameters that the bean calls itself (helpers). When the project's
 * views name an action ({@link FacesViews}), they decide: see {@link #accepted}.
 */
final class FacesHandlers implements HandlerFramework {

    private static final AcceptedMethods POSTBACK = AcceptedMethods.of(List.of("POST"));
    private static final AcceptedMethods VIEW_REQUEST = AcceptedMethods.of(List.of("GET"));

    @Override
    public List<Handler> handlers(TypeDeclaration<?> type, TypeNames names) {
        List<Handler> handlers = new ArrayList<>();
        if (!ClassMethods.isConcrete(type) || !isBean(type, names)) {
            return handlers;
        }
        Set<String> calledHelpers = calledWithArguments(type, names);
        // Views that invoke no bean method tell nothing (a faces-config read without them gives such views).
        Optional<FacesViews> views = names.index().settings().config(FacesConfig.class).map(FacesConfig::views)
                .filter(read -> !read.calls().isEmpty());
        Optional<String> bean = BeanNames.of(type, names);
        for (ClassMethods.Member member : ClassMethods.of(type, names)) {
            MethodDeclaration method = member.method();
            boolean listener = views.isPresent() && bean.isPresent() && method.getBody().isPresent()
                    && method.isPublic() && !views.get().listenerOutcomes(bean.get(), method.getNameAsString()).isEmpty();
            if (listener || method.getBody().isPresent() && isAction(method, member.names())
                    && !calledHelpers.contains(method.getNameAsString() + "/" + method.getParameters().size())) {
                Set<ViewCall> calls = views.isPresent() && bean.isPresent()
                        ? views.get().calls(bean.get(), method.getNameAsString()) : Set.of();
                if (calls.isEmpty() && views.isPresent() && bean.isPresent()
                        && views.get().cannotRun(bean.get(), method.getNameAsString())) {
                    continue; // the views were read, and none can run the method: no request does
                }
                accepted(calls).ifPresent(accepted ->
                        handlers.add(new Handler(FacesTypes.FRAMEWORK, type, method, accepted)));
            }
        }
        return handlers;
    }

    /**
     * What an action accepts, by how the views invoke it: a full postback is a POST; a view action or
     * {@code preRenderView} listener runs for a GET; an action the views invoke only with Ajax answers no
     * request with a 302 (Faces turns its redirect into a partial response), so it is no handler here. An
     * action no view names is taken to be a postback's, as without views, if a view may still run it (writes the
     * bean on its own, handed to a template or a composite component, or writes {@code bean.method} in some other
     * expression); otherwise it is no action at all (the caller skips it).
     */
    private static Optional<AcceptedMethods> accepted(Set<ViewCall> calls) {
        if (calls.isEmpty() || calls.contains(ViewCall.FULL_POSTBACK)) {
            return Optional.of(POSTBACK);
        }
        return calls.contains(ViewCall.GET) ? Optional.of(VIEW_REQUEST) : Optional.empty();
    }

    /**
     * The methods with parameters that the class (or a superclass) calls itself, as {@code name/arity}: such a
     * public method ({@code redirect(String outcome)} of a base bean) is a helper of the actions, not one.
     */
    private static Set<String> calledWithArguments(TypeDeclaration<?> type, TypeNames names) {
        Set<String> called = new HashSet<>();
        List<TypeDeclaration<?>> declarations = new ArrayList<>(List.of(type));
        Hierarchy.supertypes(type, names).forEach(supertype -> declarations.add(supertype.declaration()));
        for (TypeDeclaration<?> declaration : declarations) {
            for (MethodCallExpr call : declaration.findAll(MethodCallExpr.class)) {
                boolean own = call.getScope().map(scope -> scope.isThisExpr() || scope.isSuperExpr()).orElse(true);
                if (own && !call.getArguments().isEmpty()) {
                    called.add(call.getNameAsString() + "/" + call.getArguments().size());
                }
            }
        }
        return called;
    }

    private static boolean isBean(TypeDeclaration<?> type, TypeNames names) {
        return Annotations.find(type, FacesTypes.BEAN, names).isPresent();
    }

    private static boolean isAction(MethodDeclaration method, TypeNames names) {
        if (!method.isPublic() || method.isStatic() || !returnsOutcome(method.getType())
                || isAccessor(method) || Annotations.find(method, FacesTypes.NOT_ACTIONS, names).isPresent()) {
            return false;
        }
        for (Parameter parameter : method.getParameters()) {
            if (names.isType(parameter.getType(), FacesTypes.LISTENER_EVENTS)
                    || Annotations.find(parameter, FacesTypes.OBSERVES, names).isPresent()) {
                return false;
            }
        }
        return true;
    }

    /** An outcome is a {@code String}; a {@code void} action stays on the view or redirects itself. */
    private static boolean returnsOutcome(Type type) {
        return type.isVoidType() || type.asString().equals("String") || type.asString().equals("java.lang.String");
    }

    /** {@code getX()}, {@code isX()} and {@code setX(value)}: EL reads and writes properties with them. */
    private static boolean isAccessor(MethodDeclaration method) {
        String name = method.getNameAsString();
        int parameters = method.getParameters().size();
        return parameters == 0 && (startsWord(name, "get") || startsWord(name, "is"))
                || parameters == 1 && startsWord(name, "set");
    }

    private static boolean startsWord(String name, String prefix) {
        return name.length() > prefix.length() && name.startsWith(prefix)
                && Character.isUpperCase(name.charAt(prefix.length()));
    }
}
