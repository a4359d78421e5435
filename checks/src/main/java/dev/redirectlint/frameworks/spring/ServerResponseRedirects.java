package dev.redirectlint.frameworks.spring;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.redirectlint.fix.Statuses;
import dev.redirectlint.java.StatusValue;
import dev.redirectlint.java.TypeNames;
import dev.redirectlint.redirects.StatusCallRedirects;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * Spring's functional {@code ServerResponse.status(HttpStatus.FOUND)} (MVC and WebFlux); its
 * {@code seeOther(uri)}, {@code temporaryRedirect(uri)} and {@code permanentRedirect(uri)} factories
 * send 303, 307 and 308.
 */
final class ServerResponseRedirects extends StatusCallRedirects {

    ServerResponseRedirects() {
        super(SpringTypes.SERVER_RESPONSE);
    }

    @Override
    protected Optional<Expression> statusArgument(MethodCallExpr call, TypeNames names) {
        return factoryArgument(call, names, "status", 1, SpringTypes.SERVER_RESPONSE_TYPE);
    }


    @Override
    protected IntFunction<String> advice(StatusValue value) {
        return status -> switch (status) {
            case 303 -> "use ServerResponse.seeOther(uri)";
            case 307 -> "use ServerResponse.temporaryRedirect(uri)";
            case 308 -> "use ServerResponse.permanentRedirect(uri)";
            default -> "use ServerResponse.status(HttpStatus." + Statuses.enumName(status) + ")";
        };
    }
}
