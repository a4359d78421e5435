package dev.redirectlint.frameworks.play;

import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import dev.redirectlint.api.Fix;
import dev.redirectlint.fix.Edits;
import dev.redirectlint.fix.Statuses;
import dev.redirectlint.java.Definitions;
import dev.redirectlint.java.Helpers.Reached;
import dev.redirectlint.java.StatusConstants;
import dev.redirectlint.java.TypeNames;
import dev.redirectlint.model.Mechanism;
import dev.redirectlint.model.Redirect;
import dev.redirectlint.model.Remedy;
import dev.redirectlint.redirects.HandlerContext;
import dev.redirectlint.redirects.RedirectDetector;
import java.util.List;
import java.util.Optional;

/**
 * Play's results, in the code a Play action or route runs: {@code found(url)} (302), {@code movedPermanently(url)}
 * (301), and {@code status(302)} (or {@code Http.Status.FOUND}, or the {@code FOUND} a {@code Controller} inherits),
 * which sets no Location. {@code redirect(url)} sends 303 See Other in Play, and {@code seeOther},
 * {@code temporaryRedirect}, {@code permanentRedirect} say their status: none of them is reported.
 */
final class PlayRedirects implements RedirectDetector {

    @Override
    public void detect(HandlerContext context, List<Redirect> found) {
        if (context.handler().framework() != PlayTypes.FRAMEWORK) {
            return;
        }
        for (Reached reached : context.reachable()) {
            TypeNames names = context.names(reached);
            for (MethodCallExpr call : reached.code().findAll(MethodCallExpr.class)) {
                redirect(context, reached, call, names).ifPresent(found::add);
            }
        }
    }

    private static Optional<Redirect> redirect(HandlerContext context, Reached reached, MethodCallExpr call,
            TypeNames names) {
        String name = call.getNameAsString();
        boolean rename = name.equals("found") || name.equals("movedPermanently");
        if (!(rename && call.getArguments().size() == 1 || name.equals("status") && !call.getArguments().isEmpty())) {
            return Optional.empty();
        }
        Optional<PlayResultsCalls.Reach> reach = PlayResultsCalls.reach(call, names);
        if (reach.isEmpty()) {
            return Optional.empty();
        }
        if (name.equals("status")) {
            Optional<Redirect> status = context.statusSetAt(reached, call, call.getArgument(0), PlayTypes.STATUS,
                    code -> "use status(Http.Status." + constantName(code) + ")");
            return status.isPresent() ? status : inheritedConstant(context, reached, call, names);
        }
        boolean permanent = name.equals("movedPermanently");
        Mechanism mechanism = permanent ? PlayTypes.MOVED_PERMANENTLY : PlayTypes.FOUND;
        return Optional.of(context.redirectAt(reached, call, mechanism, mechanism.description(), permanent ? 301 : 302,
                call.toString(), new RenameResult(context, call, reach.get())));
    }

    /**
     * {@code status(FOUND)} in a {@code Controller}, which inherits {@code FOUND} from {@code Http.Status}: no import
     * names it, so the status evaluation cannot; fixed by writing the other constant's name in its place.
     */
    private static Optional<Redirect> inheritedConstant(HandlerContext context, Reached reached, MethodCallExpr call,
            TypeNames names) {
        if (!(call.getArgument(0) instanceof NameExpr constant) || Definitions.of(constant, names).isPresent()
                || !PlayResultsCalls.inheritsStatusConstant(call, names, constant.getNameAsString())) {
            return Optional.empty();
        }
        Integer code = StatusConstants.owner(PlayTypes.STATUS_CONSTANTS)
                .map(owner -> owner.codes().get(constant.getNameAsString())).orElse(null);
        if (code == null || code < 300 || code >= 400) {
            return Optional.empty();
        }
        return Optional.of(context.redirectAt(reached, call, PlayTypes.STATUS,
                PlayTypes.STATUS.description() + "(" + constant + ")", code, call.toString(),
                new RenameConstant(context, constant)));
    }

    private static String constantName(int status) {
        return StatusConstants.owner(PlayTypes.STATUS_CONSTANTS).map(owner -> owner.names().get(status))
                .orElse(String.valueOf(status));
    }

    /** {@code status(FOUND)} becomes {@code status(SEE_OTHER)}: the inherited constant of the other status. */
    private record RenameConstant(HandlerContext context, NameExpr constant) implements Remedy {
        @Override
        public String advice(int status) {
            return "use status(" + constantName(status) + ")";
        }

        @Override
        public Optional<Fix> fix(int status) {
            String name = constantName(status);
            Edits edits = context.edits(constant);
            edits.replace(constant, name);
            return Optional.of(new Fix("Replace " + constant + " with " + name + " (" + Statuses.describe(status) + ")",
                    status, edits.build(), edits.file()));
        }
    }
}
