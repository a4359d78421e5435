package dev.redirectlint.frameworks.spark;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import dev.redirectlint.frameworks.CodeRouteHandlers;
import dev.redirectlint.frameworks.RouteRegistrations;
import dev.redirectlint.java.Definitions;
import dev.redirectlint.java.TypeNames;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Spark Java routes: {@code post(path, (request, response) -> ...)} (and {@code put}, {@code patch},
 * {@code delete}, {@code get}, ...) through {@code Spark}, statically imported or not, or on a
 * {@code Service} from {@code Service.ignite()}, and {@code before(...)} filters, which see every method.
 * Handlers take a {@code Request} and a {@code Response}.
 */
public final class SparkHandlers extends CodeRouteHandlers {

    public SparkHandlers() {
        super(SparkTypes.FRAMEWORK, new Spark());
    }

    private static final class Spark implements RouteRegistrations.Dialect {

        private static final Set<String> VERBS =
                Set.of("get", "post", "put", "patch", "delete", "head", "options", "trace", "connect");

        @Override
        public String importPrefix() {
            return "spark.";
        }

        @Override
        public Set<String> routerTypes() {
            return Set.of("spark.Spark", "spark.Service");
        }

        /** {@code post(path, route)}, or {@code before([path,] filter)}, which runs for every method. */
        @Override
        public Optional<String> verb(MethodCallExpr call) {
            String name = call.getNameAsString();
            if (name.equals("before") && !call.getArguments().isEmpty()) {
                return Optional.of(RouteRegistrations.EVERY_METHOD);
            }
            return VERBS.contains(name) && call.getArguments().size() >= 2
                    ? Optional.of(name.toUpperCase(Locale.ROOT)) : Optional.empty();
        }

        @Override
        public boolean isRouting(MethodCallExpr call, TypeNames names) {
            Optional<Expression> scope = call.getScope();
            if (scope.isEmpty()) {
                return names.importsStatic("spark.Spark." + call.getNameAsString());
            }
            if (!(scope.get() instanceof NameExpr name)) {
                return false;
            }
            return names.isType(name.getNameAsString(), SparkTypes.SPARK)
                    || Definitions.declaredType(name, names)
                            .filter(type -> names.isType(type, SparkTypes.SERVICE)).isPresent();
        }

        @Override
        public List<Set<String>> handlerParameters() {
            return List.of(SparkTypes.REQUEST, SparkTypes.RESPONSE);
        }
    }
}
