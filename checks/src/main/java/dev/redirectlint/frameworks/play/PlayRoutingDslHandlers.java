package dev.redirectlint.frameworks.play;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.type.Type;
import dev.redirectlint.frameworks.CodeRouteHandlers;
import dev.redirectlint.frameworks.RouteRegistrations;
import dev.redirectlint.java.CallChains;
import dev.redirectlint.java.Definitions;
import dev.redirectlint.java.TypeNames;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Routes of Play's Java routing DSL: {@code routingDsl.POST("/orders").routingTo(request -> ...)} (and
 * {@code GET}, {@code PUT}, {@code PATCH}, {@code DELETE}, {@code HEAD}, {@code OPTIONS}; {@code routingAsync}
 * too) on a {@code RoutingDsl}, a variable declared as one or {@code RoutingDsl.fromComponents(...)}. The handler
 * lambda takes the request, then one parameter per dynamic part of the path.
 */
final class PlayRoutingDslHandlers extends CodeRouteHandlers {

    PlayRoutingDslHandlers() {
        super(PlayTypes.FRAMEWORK, new Dsl());
    }

    private static final class Dsl implements RouteRegistrations.Dialect {

        private static final Set<String> VERBS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS");
        private static final Set<String> ROUTING = Set.of("routingTo", "routingAsync");

        @Override
        public String importPrefix() {
            return "play.";
        }

        @Override
        public Set<String> routerTypes() {
            return PlayTypes.ROUTING_DSL;
        }

        /** The verb of {@code POST(path)}, the call a {@code routingTo(...)} is chained to. */
        @Override
        public Optional<String> verb(MethodCallExpr call) {
            if (!ROUTING.contains(call.getNameAsString()) || call.getArguments().size() != 1) {
                return Optional.empty();
            }
            return verbCall(call).map(MethodCallExpr::getNameAsString);
        }

        private static Optional<MethodCallExpr> verbCall(MethodCallExpr routing) {
            return routing.getScope().filter(MethodCallExpr.class::isInstance).map(MethodCallExpr.class::cast)
                    .filter(verb -> VERBS.contains(verb.getNameAsString()) && verb.getArguments().size() == 1);
        }

        @Override
        public MethodCallExpr pathCall(MethodCallExpr registration) {
            return verbCall(registration).orElse(registration);
        }

        /** On a {@code RoutingDsl}: the root of the chain is a variable of that type, or the class itself. */
        @Override
        public boolean isRouting(MethodCallExpr call, TypeNames names) {
            Expression root = CallChains.root(call);
            if (!(root instanceof NameExpr name)) {
                return false;
            }
            Optional<Type> declared = Definitions.declaredType(name, names);
            return declared.isPresent() ? !declared.get().isVarType() && names.isType(declared.get(), PlayTypes.ROUTING_DSL)
                    : Definitions.of(name, names).isEmpty() && names.isType(name.getNameAsString(), PlayTypes.ROUTING_DSL);
        }

        @Override
        public List<Set<String>> handlerParameters() {
            return List.of(PlayTypes.REQUEST);
        }

        /** The request, then the path's parameters: as many as the lambda takes. */
        @Override
        public int handlerArity(MethodCallExpr registration) {
            return registration.getArgument(0) instanceof LambdaExpr lambda ? lambda.getParameters().size()
                    : handlerArity();
        }
    }
}
