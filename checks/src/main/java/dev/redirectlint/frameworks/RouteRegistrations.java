package dev.redirectlint.frameworks;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.type.Type;
import dev.redirectlint.java.Definitions;
import dev.redirectlint.java.ProjectTypes;
import dev.redirectlint.java.SourceFile;
import dev.redirectlint.java.TreeFacts;
import dev.redirectlint.java.TypeNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Routes that a framework registers in code, such as Javalin's {@code app.post("/orders", handler)} or
 * Spark's {@code post("/orders", (req, res) -> ...)}: which calls register them, and which lambdas and
 * referenced methods handle them, in one file and across the project. A {@link Dialect} says how one
 * framework spells it.
 */
public final class RouteRegistrations {

    /** The verb of a before-filter, which sees requests of every HTTP method. */
    public static final String EVERY_METHOD = "*";

    /** How one framework registers routes in code. */
    public interface Dialect {

        /** Files that register routes import something under this package prefix. */
        String importPrefix();

        /** The types routes are registered on; a file that registers routes imports one (or its package). */
        Set<String> routerTypes();

        /**
         * The HTTP method the call registers a route for, if it looks like a registration; {@link #EVERY_METHOD}
         * for a filter that runs before the routes of every method.
         */
        Optional<String> verb(MethodCallExpr call);

        /** True if the call really registers a route (its receiver is the framework's router). */
        boolean isRouting(MethodCallExpr call, TypeNames names);

        /**
         * The types of a handler's parameters, in order: a lambda of that many parameters, or a method of
         * these types, can handle a route.
         */
        List<Set<String>> handlerParameters();

        /** How many parameters a handler lambda or method takes. */
        default int handlerArity() {
            return handlerParameters().size();
        }

        /** How many parameters the handler lambda of this registration takes; {@link #handlerArity()} for most. */
        default int handlerArity(MethodCallExpr registration) {
            return handlerArity();
        }

        /** True if the method can handle a route: its parameters are the framework's. */
        @SuppressWarnings("unchecked")
        default boolean isHandlerMethod(MethodDeclaration method, TypeNames names) {
            return Signatures.parametersAre(method, names, handlerParameters().toArray(Set[]::new));
        }

        /**
         * The method a handler object's class implements for the framework ({@code handle} of Javalin's
         * {@code Handler}, the default), so that {@code post(path, new CreateOrder())} names
         * {@code CreateOrder#handle}.
         */
        default String handlerMethodName() {
            return "handle";
        }

        /** The call that names the route's path: the registration itself, or one it is chained to. */
        default MethodCallExpr pathCall(MethodCallExpr registration) {
            return registration;
        }

        /**
         * What a registration's lambda is named as, after the member that registers it: {@code filter} for a
         * {@code before(...)} filter, {@code route} otherwise ({@code App#main route "/orders"}).
         */
        default String kind(MethodCallExpr registration) {
            return registration.getNameAsString().equals("before") ? "filter" : "route";
        }
    }

    /**
     * One route.
     *
     * @param call the registering call
     * @param verb the HTTP method, upper case
     * @param path the path as far as the source spells it out
     * @param handler the handler argument: a lambda, a method reference, or the name of a field that
     *     holds a lambda ({@code LoginController.handleLoginPost})
     */
    record Registration(MethodCallExpr call, String verb, String path, Expression handler) {}

    /** A member of a class that handles routes, with the HTTP methods of the routes that name it. */
    record Referenced<T>(T member, Set<String> verbs) {}

    private RouteRegistrations() {}

    /**
     * The HTTP method an enum constant argument names, as Javalin's {@code HandlerType.POST}, Vert.x's
     * {@code HttpMethod.POST} or Helidon's {@code Method.POST} do, if it is one of {@code verbs} (lower case).
     */
    public static Optional<String> methodConstant(Expression argument, Set<String> verbs) {
        return argument instanceof FieldAccessExpr constant
                && verbs.contains(constant.getNameAsString().toLowerCase(Locale.ROOT))
                        ? Optional.of(constant.getNameAsString()) : Optional.empty();
    }

    /** The routes a type registers itself (not its nested types). */
    static List<Registration> registeredIn(TypeDeclaration<?> type, TypeNames names, Dialect dialect) {
        if (!names.importsAnyUnder(dialect.importPrefix())) {
            return List.of();
        }
        List<Registration> registrations = new ArrayList<>();
        for (MethodCallExpr call : TreeFacts.calls(type)) {
            if (call.findAncestor(TypeDeclaration.class).orElse(null) != type) {
                continue;
            }
            Optional<String> verb = dialect.verb(call);
            if (verb.isEmpty() || !dialect.isRouting(call, names)) {
                continue;
            }
            MethodCallExpr pathCall = dialect.pathCall(call);
            for (int i = 0; i < call.getArguments().size(); i++) {
                Expression argument = call.getArgument(i);
                // After the path (or alone, as in ApiBuilder's post(handler)), a name may be a field holding
                // the handler; if it names anything else, no handler matches it.
                boolean field = (i > 0 || call.getArguments().size() == 1)
                        && (argument instanceof NameExpr || argument instanceof FieldAccessExpr);
                List<Expression> handlers = field ? List.of(argument)
                        : handlersIn(argument, dialect, dialect.handlerArity(call));
                for (Expression handler : handlers) {
                    int before = pathCall == call ? i : pathCall.getArguments().size();
                    String path = pathPrefix(call) + pathOf(pathCall, before).orElse("");
                    registrations.add(new Registration(call, verb.get(), path, handler));
                }
            }
        }
        return registrations;
    }

    /**
     * The handlers an argument gives a route: a lambda of the handler's arity, a method reference, a handler
     * object ({@code new CreateOrder()}) or class ({@code CreateOrder.class}, as Ratpack takes them), and
     * those a wrapper passes on: {@code new Timed(new CreateOrder())}, {@code authenticated(ctx -> ...)},
     * whose result delegates to what it was given.
     */
    private static List<Expression> handlersIn(Expression argument, Dialect dialect, int arity) {
        if (argument instanceof LambdaExpr lambda) {
            return lambda.getParameters().size() == arity ? List.of(lambda) : List.of();
        }
        if (argument instanceof MethodReferenceExpr) {
            return List.of(argument);
        }
        if (argument instanceof ClassExpr) {
            return List.of(argument);
        }
        List<Expression> handlers = new ArrayList<>();
        if (argument instanceof ObjectCreationExpr created && created.getAnonymousClassBody().isEmpty()) {
            handlers.add(created);
            created.getArguments().forEach(wrapped -> handlers.addAll(handlersIn(wrapped, dialect, arity)));
        } else if (argument instanceof MethodCallExpr wrapper) {
            wrapper.getArguments().forEach(wrapped -> handlers.addAll(handlersIn(wrapped, dialect, arity)));
        }
        return handlers;
    }

    /**
     * The members of a class that routes name, in its own file or anywhere in the project, with the HTTP
     * methods of those routes: {@code #create} for a method named by reference, {@code .handleLoginPost}
     * for a field.
     */
    static Map<String, Set<String>> namedMembers(TypeDeclaration<?> type, TypeNames names, Dialect dialect) {
        Map<String, Set<String>> verbsByMember = new LinkedHashMap<>();
        Optional<String> fqn = type.getFullyQualifiedName();
        if (fqn.isEmpty()) {
            return verbsByMember;
        }
        Map<String, Set<String>> inFile = references(names.declaredTypes(), names, dialect);
        Map<String, Set<String>> inProject = referencedProjectWide(names.index(), dialect);
        for (Map<String, Set<String>> references : List.of(inFile, inProject)) {
            references.forEach((key, verbs) -> {
                String member = key.startsWith(fqn.get()) ? key.substring(fqn.get().length()) : "";
                // "#name" or ".name" of this class, not of a class nested in it ("Nested#name").
                if (member.length() > 1 && (member.charAt(0) == '#' || member.charAt(0) == '.')
                        && member.indexOf('#', 1) < 0 && member.indexOf('.', 1) < 0) {
                    verbsByMember.computeIfAbsent(member, k -> new LinkedHashSet<>()).addAll(verbs);
                }
            });
        }
        return verbsByMember;
    }

    /** The methods among {@link #namedMembers} that can handle a route, with their HTTP methods. */
    static List<Referenced<MethodDeclaration>> referencedMethods(TypeDeclaration<?> type, TypeNames names,
            Dialect dialect, Map<String, Set<String>> named) {
        List<Referenced<MethodDeclaration>> methods = new ArrayList<>();
        named.forEach((member, verbs) -> {
            if (member.startsWith("#")) {
                type.getMethodsByName(member.substring(1)).stream()
                        .filter(method -> method.getBody().isPresent() && dialect.isHandlerMethod(method, names))
                        .forEach(method -> methods.add(new Referenced<>(method, verbs)));
            }
        });
        return methods;
    }

    /**
     * The lambdas that fields among {@link #namedMembers} hold ({@code post(path, LoginController.handleLoginPost)}),
     * by field name.
     */
    static Map<String, Referenced<LambdaExpr>> referencedFieldLambdas(TypeDeclaration<?> type, Dialect dialect,
            Map<String, Set<String>> named) {
        Map<String, Referenced<LambdaExpr>> lambdas = new LinkedHashMap<>();
        named.forEach((member, verbs) -> {
            if (!member.startsWith(".")) {
                return;
            }
            String name = member.substring(1);
            type.getFieldByName(name)
                    .flatMap(field -> field.getVariables().stream()
                            .filter(variable -> variable.getNameAsString().equals(name)).findFirst())
                    .flatMap(variable -> variable.getInitializer())
                    .filter(LambdaExpr.class::isInstance)
                    .map(LambdaExpr.class::cast)
                    .filter(lambda -> lambda.getParameters().size() == dialect.handlerArity())
                    .ifPresent(lambda -> lambdas.put(name, new Referenced<>(lambda, verbs)));
        });
        return lambdas;
    }

    /** By {@code OwnerFqn#method} and {@code OwnerFqn.field}, computed once per index and dialect. */
    private static Map<String, Set<String>> referencedProjectWide(ProjectTypes index, Dialect dialect) {
        return index.derived(dialect.getClass(), i -> {
            Map<String, Set<String>> all = new HashMap<>();
            for (SourceFile file : i.routeFiles(dialect.routerTypes())) {
                references(file.names().declaredTypes(), file.names(), dialect)
                        .forEach((key, verbs) -> all.computeIfAbsent(key, k -> new LinkedHashSet<>()).addAll(verbs));
            }
            return all;
        });
    }

    /** What the routes registered in these types name: {@code OwnerFqn#method} and {@code OwnerFqn.field}. */
    private static Map<String, Set<String>> references(List<TypeDeclaration<?>> types, TypeNames names,
            Dialect dialect) {
        Map<String, Set<String>> verbs = new HashMap<>();
        for (TypeDeclaration<?> type : types) {
            for (Registration route : registeredIn(type, names, dialect)) {
                referenceKey(route.handler(), type, names, dialect).ifPresent(key ->
                        verbs.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(route.verb()));
            }
        }
        return verbs;
    }

    private static Optional<String> referenceKey(Expression handler, TypeDeclaration<?> registering, TypeNames names,
            Dialect dialect) {
        String handleMethod = "#" + dialect.handlerMethodName();
        if (handler instanceof ObjectCreationExpr created) {
            return typeFqn(created.getType().getNameWithScope(), names).map(owner -> owner + handleMethod);
        }
        if (handler instanceof ClassExpr literal) {
            return typeFqn(literal.getType().asString(), names).map(owner -> owner + handleMethod);
        }
        if (handler instanceof MethodReferenceExpr reference) {
            return ownerOf(reference, registering, names).map(owner -> owner + "#" + reference.getIdentifier());
        }
        if (handler instanceof FieldAccessExpr access && access.getScope() instanceof NameExpr owner) {
            return typeFqn(owner.getNameAsString(), names).map(fqn -> fqn + "." + access.getNameAsString());
        }
        if (handler instanceof NameExpr name) {
            Optional<Definitions.Definition> definition = Definitions.of(name, names);
            // Handler create = new CreateOrder(); app.post(path, create)
            Optional<String> object = definition.flatMap(RouteRegistrations::createdObject)
                    .flatMap(created -> referenceKey(created, registering, names, dialect));
            if (object.isPresent()) {
                return object;
            }
            if (definition.filter(Definitions.Field.class::isInstance).isPresent()) {
                return name.findAncestor(TypeDeclaration.class).flatMap(TypeDeclaration::getFullyQualifiedName)
                        .map(owner -> owner + "." + name.getNameAsString());
            }
            return definition.filter(Definitions.StaticImport.class::isInstance)
                    .map(imported -> ((Definitions.StaticImport) imported).qualifiedMember());
        }
        return Optional.empty();
    }

    /** The object a variable or field holds, when its one value is a {@code new X(...)} of a named class. */
    private static Optional<ObjectCreationExpr> createdObject(Definitions.Definition definition) {
        List<Expression> values = definition instanceof Definitions.Local local ? local.values()
                : definition instanceof Definitions.Field field ? field.values() : List.of();
        return values.size() == 1 && values.get(0) instanceof ObjectCreationExpr created
                && created.getAnonymousClassBody().isEmpty() ? Optional.of(created) : Optional.empty();
    }

    /** The qualified name of the class a method reference names: {@code UsersController::create}, {@code this::save}. */
    static Optional<String> ownerOf(MethodReferenceExpr reference, TypeDeclaration<?> registering, TypeNames names) {
        Expression scope = reference.getScope();
        if (scope.isThisExpr()) {
            return registering.getFullyQualifiedName();
        }
        // A class name, or a variable holding a controller (controller::create), which the parser may
        // read as a type: a variable of that name wins, as in Java.
        String written = scope.isTypeExpr() ? scope.asTypeExpr().getType().asString()
                : scope instanceof NameExpr name ? name.getNameAsString() : null;
        if (written == null) {
            return Optional.empty();
        }
        Optional<Type> declared = Definitions.declaredType(written, reference, names);
        return typeFqn(declared.isPresent() ? declared.get().asString() : written, names);
    }

    /** A class of this file or the project, by the name written here. */
    private static Optional<String> typeFqn(String written, TypeNames names) {
        return names.declaredType(written).flatMap(TypeDeclaration::getFullyQualifiedName)
                .or(() -> names.projectType(written).flatMap(indexed -> indexed.declaration().getFullyQualifiedName()));
    }

    /** The route's path: a string literal before the handler, or a named path such as {@code {Path.Web.LOGIN}}. */
    private static Optional<String> pathOf(MethodCallExpr call, int handler) {
        for (int i = 0; i < handler; i++) {
            if (call.getArgument(i) instanceof StringLiteralExpr literal) {
                return Optional.of(literal.asString());
            }
        }
        Expression first = handler > 0 ? call.getArgument(0) : null;
        if (first instanceof MethodCallExpr predicate) {
            // A request predicate such as path("/legacy") or POST("/orders"): its own path.
            Optional<String> inner = pathOf(predicate, predicate.getArguments().size());
            if (inner.isPresent() && !inner.get().startsWith("{")) {
                return inner;
            }
        }
        boolean named = first instanceof NameExpr || first instanceof FieldAccessExpr || first instanceof MethodCallExpr;
        return named ? Optional.of("{" + first + "}") : Optional.empty();
    }

    /** The paths of the {@code ApiBuilder.path("/orders", () -> ...)} calls around a route, outermost first. */
    private static String pathPrefix(MethodCallExpr call) {
        StringBuilder prefix = new StringBuilder();
        Optional<MethodCallExpr> around = call.findAncestor(MethodCallExpr.class);
        while (around.isPresent()) {
            MethodCallExpr outer = around.get();
            // Inside one of its arguments (path("/api", () -> post(...))), not in its receiver: a chain such
            // as all(h).path("reset", h2) puts all(h) under path's scope, and "reset" is not its prefix.
            if (outer.getNameAsString().equals("path")
                    && outer.getArguments().stream().anyMatch(argument -> argument.isAncestorOf(call))) {
                pathOf(around.get(), around.get().getArguments().size()).ifPresent(path -> prefix.insert(0, path));
            }
            around = around.get().findAncestor(MethodCallExpr.class);
        }
        return prefix.toString();
    }
}
