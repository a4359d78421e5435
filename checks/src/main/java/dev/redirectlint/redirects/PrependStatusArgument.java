package dev.redirectlint.redirects;

import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.redirectlint.api.Fix;
import dev.redirectlint.fix.Edits;
import dev.redirectlint.fix.Statuses;
import dev.redirectlint.model.Remedy;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * {@code x.redirect(url)} becomes {@code x.redirect(status, url)}: for frameworks whose redirect takes the
 * status first (Jooby's {@code sendRedirect(StatusCode, location)}, Ratpack's {@code redirect(int, to)}).
 */
public final class PrependStatusArgument implements Remedy {

    private final HandlerContext context;
    private final MethodCallExpr call;
    private final BiFunction<Integer, Edits, String> argument;

    /**
     * @param argument the status as the framework takes it, written with {@code edits} (which adds any import
     *     it needs); asked with {@code null} edits for advice, where no import is added
     */
    public PrependStatusArgument(HandlerContext context, MethodCallExpr call, BiFunction<Integer, Edits, String> argument) {
        this.context = context;
        this.call = call;
        this.argument = argument;
    }

    @Override
    public String advice(int status) {
        String receiver = call.getScope().map(Object::toString).orElse("ctx");
        return "call " + receiver + "." + call.getNameAsString() + "(" + argument.apply(status, null) + ", url)";
    }

    @Override
    public Optional<Fix> fix(int status) {
        Edits edits = context.edits(call);
        String written = argument.apply(status, edits);
        edits.insertAt(context.source(call).start(call.getArgument(0)), written + ", ");
        return Optional.of(new Fix("Pass " + written + " to " + call.getNameAsString() + " ("
                + Statuses.describe(status) + ")", status, edits.build(), edits.file()));
    }
}
