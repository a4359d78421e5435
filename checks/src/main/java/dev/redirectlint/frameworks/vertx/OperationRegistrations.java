package dev.redirectlint.frameworks.vertx;

import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import dev.redirectlint.java.Definitions;
import dev.redirectlint.java.Helpers;
import dev.redirectlint.java.Lambdas;
import dev.redirectlint.java.SourceFile;
import dev.redirectlint.java.StringEvaluator;
import dev.redirectlint.java.StringValue;
import dev.redirectlint.java.TypeNames;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Handlers of the operations of an OpenAPI contract, given to the {@code RouterBuilder} that builds the router
 * from it: Vert.x 4's {@code routerBuilder.operation("createPet").handler(h)} ({@code vertx-web-openapi},
 * {@code io.vertx.ext.web.openapi.RouterBuilder#operation} and {@code Operation#handler}) and
 * {@code routerBuilder.getRoute("createPet").addHandler(h)} of 4.5 and 5 ({@code vertx-web-openapi-router},
 * {@code io.vertx.ext.web.openapi.router.RouterBuilder#getRoute} and {@code OpenAPIRoute#addHandler}), also
 * through a variable that holds the operation. The builder routes each operation to the method under which the
 * contract declares it ({@code paths: /pets: post: operationId: createPet}); nothing in the code says which, so
 * the method is the contract's ({@link OpenApiOperations}). Without a contract that declares the operation, the
 * handler is not one: no method is guessed.
 */
final class OperationRegistrations {

    /** Each builder's handler call, with the lookup it is made on: {@code operation(id).handler(h)}. */
    private static final Map<String, String> LOOKUP_OF_HANDLER = Map.of("handler", "operation", "addHandler", "getRoute");
    /** Calls on an operation that return the operation itself. */
    private static final Set<String> FLUENT = Set.of("handler", "failureHandler", "addHandler", "addFailureHandler",
            "setDoValidation", "setDoSecurity");
    /**
     * {@code Future} methods whose lambda is given what the future holds: Vert.x 4's
     * {@code RouterBuilder.create(vertx, path).onSuccess(routerBuilder -> ...)}.
     */
    private static final Set<String> GIVEN_THE_RESULT = Set.of("onSuccess", "compose", "map", "flatMap");
    /** {@code Future} methods that return the same future. */
    private static final Set<String> SAME_FUTURE = Set.of("onSuccess", "onFailure", "onComplete", "andThen");

    private OperationRegistrations() {}

    /**
     * The {@code operation(id)} or {@code getRoute(id)} call a handler call registers a handler for, if it is one:
     * its receiver, through calls that return the operation, or the variable that holds what the lookup gave.
     */
    static Optional<MethodCallExpr> lookup(MethodCallExpr call) {
        String lookup = LOOKUP_OF_HANDLER.get(call.getNameAsString());
        if (lookup == null || call.getArguments().size() != 1) {
            return Optional.empty();
        }
        Expression receiver = call.getScope().orElse(null);
        while (receiver instanceof MethodCallExpr fluent && FLUENT.contains(fluent.getNameAsString())) {
            receiver = fluent.getScope().orElse(null);
        }
        if (receiver instanceof NameExpr variable) {
            receiver = onlyValue(variable).orElse(null); // OpenAPIRoute route = routerBuilder.getRoute("createPet")
        }
        return receiver instanceof MethodCallExpr found && found.getNameAsString().equals(lookup)
                && found.getArguments().size() == 1 ? Optional.of(found) : Optional.empty();
    }

    /** The value of a local variable given one value only, where it is declared. */
    private static Optional<Expression> onlyValue(NameExpr variable) {
        return SourceFile.of(variable).flatMap(file -> Definitions.of(variable, file.names()))
                .filter(Definitions.Local.class::isInstance).map(Definitions.Local.class::cast)
                .filter(local -> local.values().size() == 1).map(local -> local.values().get(0));
    }

    /** The HTTP method the project's contracts give the operation the lookup names, if they give it one. */
    static Optional<String> method(MethodCallExpr lookup) {
        Optional<TypeNames> names = SourceFile.of(lookup).map(SourceFile::names);
        Optional<OpenApiOperations> operations = names.flatMap(n -> n.index().settings().config(OpenApiOperations.class));
        if (operations.isEmpty()) {
            return Optional.empty(); // no contract read (a file checked on its own, or none in the project)
        }
        return operationId(lookup.getArgument(0), names.get()).flatMap(operations.get()::method);
    }

    /** The operation id: a literal, or the one complete value a constant or expression has. */
    private static Optional<String> operationId(Expression argument, TypeNames names) {
        if (argument instanceof StringLiteralExpr literal) {
            return Optional.of(literal.asString());
        }
        Optional<TypeDeclaration<?>> type = argument.findAncestor(TypeDeclaration.class).map(t -> (TypeDeclaration<?>) t);
        if (type.isEmpty()) {
            return Optional.empty();
        }
        // The evaluator reads project constants too: Operations.CREATE_PET of an imported class, and a name of
        // a static wildcard import.
        List<StringValue> values = new StringEvaluator(names, new Helpers(type.get())).evaluate(argument);
        return values.size() == 1 && values.get(0).complete() ? Optional.of(values.get(0).text()) : Optional.empty();
    }

    /**
     * True if the lookup is made on a router builder: a variable, parameter or field declared as one (the builder
     * {@code OpenAPIContract.from(...).compose(contract -> ...)} makes with {@code RouterBuilder.create(vertx,
     * contract)}, or a method's {@code RouterBuilder} parameter), {@code RouterBuilder.create(...)} itself, or the
     * untyped parameter of a lambda given the builder that {@code RouterBuilder.create(vertx, path)} completes with.
     */
    static boolean onBuilder(MethodCallExpr lookup, TypeNames names) {
        Expression receiver = lookup.getScope().orElse(null);
        if (receiver instanceof MethodCallExpr call) {
            return isCreate(call, names);
        }
        if (VertxHandlers.declaredAs(receiver, VertxTypes.ROUTER_BUILDER, names)) {
            return true;
        }
        if (!(receiver instanceof NameExpr name)) {
            return false;
        }
        Optional<Definitions.Definition> definition = Definitions.of(name, names);
        if (definition.orElse(null) instanceof Definitions.Local local && local.type().isVarType()) {
            return local.values().stream().anyMatch(value -> value instanceof MethodCallExpr call && isCreate(call, names));
        }
        return Lambdas.isUntypedOnlyParameter(name) && Lambdas.isOnlyParameterOfLambdaGivenTo(name, GIVEN_THE_RESULT)
                && Lambdas.declaring(name).flatMap(LambdaExpr::getParentNode)
                        .map(taker -> completesWithBuilder(((MethodCallExpr) taker).getScope().orElse(null), names))
                        .orElse(false);
    }

    /** True for a future that {@code RouterBuilder.create(...)} returned, perhaps through calls that return it. */
    private static boolean completesWithBuilder(Expression future, TypeNames names) {
        while (future instanceof MethodCallExpr call && SAME_FUTURE.contains(call.getNameAsString())) {
            future = call.getScope().orElse(null);
        }
        return future instanceof MethodCallExpr call && isCreate(call, names);
    }

    /** {@code RouterBuilder.create(...)}. */
    private static boolean isCreate(MethodCallExpr call, TypeNames names) {
        return call.getNameAsString().equals("create") && call.getScope().orElse(null) instanceof NameExpr owner
                && names.isType(owner.getNameAsString(), VertxTypes.ROUTER_BUILDER);
    }
}
