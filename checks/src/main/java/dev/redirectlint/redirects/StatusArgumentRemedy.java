package dev.redirectlint.redirects;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.expr.Expression;
import dev.redirectlint.api.Fix;
import dev.redirectlint.fix.Edits;
import dev.redirectlint.fix.StatusReplacement;
import dev.redirectlint.fix.Statuses;
import dev.redirectlint.java.StatusValue;
import dev.redirectlint.model.Remedy;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * The remedy where the code names the status itself: write the other status in its place. A status
 * written in a method is rewritten there; one that comes from a shared constant is replaced where
 * the handler uses it, so other uses of the constant keep their meaning.
 */
public final class StatusArgumentRemedy implements Remedy {

    private final HandlerContext context;
    private final StatusValue value;
    private final Expression use;
    private final IntFunction<String> advice;

    /**
     * @param use the expression the API receives (the argument or annotation value)
     * @param advice the advice for a status, such as "use ResponseEntity.status(HttpStatus.SEE_OTHER)"
     */
    public StatusArgumentRemedy(HandlerContext context, StatusValue value, Expression use, IntFunction<String> advice) {
        this.context = context;
        this.value = value;
        this.use = use;
        this.advice = advice;
    }

    @Override
    public String advice(int status) {
        return advice.apply(status);
    }

    @Override
    public Optional<Fix> fix(int status) {
        Expression site = writtenInCode(value.origin()) ? value.origin() : use;
        Edits edits = context.edits(site);
        return StatusReplacement.replace(value, site, status, edits).map(replacement -> new Fix(
                "Replace " + context.textOf(site) + " with " + replacement + " (" + Statuses.describe(status) + ")",
                status, edits.build(), edits.file()));
    }

    private static boolean writtenInCode(Node node) {
        return node.findAncestor(CallableDeclaration.class).isPresent();
    }
}
