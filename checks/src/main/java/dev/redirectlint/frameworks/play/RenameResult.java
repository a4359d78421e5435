package dev.redirectlint.frameworks.play;

import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.redirectlint.api.Fix;
import dev.redirectlint.fix.Edits;
import dev.redirectlint.fix.Statuses;
import dev.redirectlint.model.Remedy;
import dev.redirectlint.redirects.HandlerContext;
import java.util.Map;
import java.util.Optional;

/**
 * {@code found(url)} becomes {@code redirect(url)}, which is 303 See Other in Play, or {@code temporaryRedirect(url)}
 * (307); {@code movedPermanently(url)} becomes {@code permanentRedirect(url)} (308). Each takes a URL or a
 * {@code Call}, as the one it replaces.
 */
final class RenameResult implements Remedy {

    private static final Map<Integer, String> RESULTS = Map.of(303, "redirect", 307, "temporaryRedirect",
            308, "permanentRedirect");
    private static final String RESULTS_TYPE = "play.mvc.Results";

    private final HandlerContext context;
    private final MethodCallExpr call;
    private final PlayResultsCalls.Reach reach;

    RenameResult(HandlerContext context, MethodCallExpr call, PlayResultsCalls.Reach reach) {
        this.context = context;
        this.call = call;
        this.reach = reach;
    }

    @Override
    public String advice(int status) {
        String result = RESULTS.get(status);
        if (result == null) {
            return "answer " + Statuses.describe(status);
        }
        String scope = call.getScope().map(s -> context.textOf(s) + ".").orElse("");
        return "use " + scope + result + "(...)" + (status == 303 ? ", which is 303 See Other in Play" : "");
    }

    @Override
    public Optional<Fix> fix(int status) {
        String result = RESULTS.get(status);
        if (result == null) {
            return Optional.empty();
        }
        Edits edits = context.edits(call);
        // A statically imported found(url) is rewritten through Results unless redirect is imported as well.
        String written = reach == PlayResultsCalls.Reach.STATIC_IMPORT ? edits.staticMember(RESULTS_TYPE, result) : result;
        if (!written.contains(".") && hidden(result)) {
            return Optional.empty();
        }
        edits.replace(call.getName(), written);
        return Optional.of(new Fix("Use " + result + " in place of " + call.getNameAsString() + " ("
                + Statuses.describe(status) + ")", status, edits.build(), edits.file()));
    }

    @Override
    public Optional<String> whyNoFix() {
        return Optional.of("the class declares a method of the name Play's result would need");
    }

    /** True if an unqualified call of {@code result} here would call a method of the project, not Play's. */
    private boolean hidden(String result) {
        if (call.getScope().isPresent()) {
            return false;
        }
        TypeDeclaration<?> owner = call.findAncestor(TypeDeclaration.class).orElse(null);
        return owner != null && PlayResultsCalls.declares(owner, context.names(call), result);
    }
}
