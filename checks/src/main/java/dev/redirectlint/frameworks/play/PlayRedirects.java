package dev.redirectlint.frameworks.play;

import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.redirectlint.java.Helpers.Reached;
import dev.redirectlint.java.StatusConstants;
import dev.redirectlint.java.TypeNames;
import dev.redirectlint.model.Redirect;
import dev.redirectlint.redirects.HandlerContext;
import dev.redirectlint.redirects.RedirectDetector;
import java.util.List;
import java.util.Optional;

/**
 * Play's results, in the code a Play action or route runs: {@code found(url)} (302), {@code movedPermanently(url)}
 * (301), and {@code status(302)} (or {@code Http.Status.FOUND}), which sets no Location. {@code redirect(url)}
 * sends 303 See Other in Play, and {@code seeOther}, {@code temporaryRedirect}, {@code permanentRedirect} say
 * their status: none of them is reported.
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
            return context.statusSetAt(reached, call, call.getArgument(0), PlayTypes.STATUS,
                    status -> "use status(Http.Status." + StatusConstants.owner(PlayTypes.STATUS_CONSTANTS)
                            .map(owner -> owner.names().get(status)).orElse(String.valueOf(status)) + ")");
        }
        boolean permanent = name.equals("movedPermanently");
        return Optional.of(context.redirectAt(reached, call, permanent ? PlayTypes.MOVED_PERMANENTLY : PlayTypes.FOUND,
                (permanent ? PlayTypes.MOVED_PERMANENTLY : PlayTypes.FOUND).description(), permanent ? 301 : 302,
                call.toString(), new RenameResult(context, call, reach.get())));
    }
}
