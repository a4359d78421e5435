package dev.redirectlint.frameworks.spring;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import dev.redirectlint.fix.Statuses;
import dev.redirectlint.java.StatusValue;
import dev.redirectlint.java.TypeNames;
import dev.redirectlint.redirects.StatusCallRedirects;
import java.util.Optional;
import java.util.function.IntFunction;

/** Spring {@code ResponseEntity.status(code)} and {@code new ResponseEntity<>(..., code)}. */
final class ResponseEntityRedirects extends StatusCallRedirects {

    ResponseEntityRedirects() {
        super(SpringTypes.RESPONSE_ENTITY);
    }

    @Override
    protected Optional<Expression> statusArgument(MethodCallExpr call, TypeNames names) {
        return factoryArgument(call, names, "status", 1, SpringTypes.RESPONSE_ENTITY_TYPE);
    }

    @Override
    protected Optional<Expression> statusArgument(ObjectCreationExpr creation, TypeNames names) {
        if (creation.getArguments().isEmpty()
                || !names.isType(creation.getType().getNameWithScope(), SpringTypes.RESPONSE_ENTITY_TYPE)) {
            return Optional.empty();
        }
        return Optional.of(creation.getArgument(creation.getArguments().size() - 1));
    }

    @Override
    protected IntFunction<String> advice(StatusValue value) {
        return status -> "use ResponseEntity.status(HttpStatus." + Statuses.enumName(status) + ")";
    }
}
