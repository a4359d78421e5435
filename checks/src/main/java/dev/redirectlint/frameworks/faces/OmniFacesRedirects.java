package dev.redirectlint.frameworks.faces;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.redirectlint.java.Helpers.Reached;
import dev.redirectlint.java.TypeNames;
import dev.redirectlint.model.Mechanism;
import dev.redirectlint.model.Redirect;
import dev.redirectlint.redirects.HandlerContext;
import java.util.Optional;
import java.util.Set;

/**
 * OmniFaces' redirects, on {@code Faces} (and {@code FacesLocal}, which takes the FacesContext first), also
 * statically imported: {@code redirect(url, params...)}, {@code refresh()} and {@code refreshWithQueryString()}
 * call {@code ExternalContext.redirect} (302 on a full request); {@code redirectPermanent(url, params...)} sets
 * 301 and a Location on the servlet response, Ajax or not.
 */
final class OmniFacesRedirects extends FacesCallRedirects {

    private static final Set<String> METHODS = Set.of("redirect", "refresh", "refreshWithQueryString", "redirectPermanent");

    @Override
    Optional<Redirect> redirect(HandlerContext context, Reached reached, TypeNames names, MethodCallExpr call) {
        Optional<String> owner = METHODS.contains(call.getNameAsString()) ? owner(call, names) : Optional.empty();
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        int arguments = call.getArguments().size() - (owner.get().equals(FacesTypes.OMNIFACES_LOCAL) ? 1 : 0);
        return redirect(call.getNameAsString(), arguments).map(mechanism -> {
            boolean permanent = mechanism == FacesTypes.OMNIFACES_PERMANENT; // not Ajax-aware: always a 301
            return context.redirectAt(reached, call, mechanism,
                    mechanism.description() + (permanent ? "" : FacesTypes.FULL_REQUEST), permanent ? 301 : 302,
                    call.toString(), FacesRemedy.forOmniFaces(call.getNameAsString()));
        });
    }

    /** The mechanism of the call, given its arguments after a {@code FacesLocal} context. */
    private static Optional<Mechanism> redirect(String name, int arguments) {
        return switch (name) {
            case "redirect" -> arguments >= 1 ? Optional.of(FacesTypes.OMNIFACES_REDIRECT) : Optional.empty();
            case "refresh", "refreshWithQueryString" ->
                    arguments == 0 ? Optional.of(FacesTypes.OMNIFACES_REDIRECT) : Optional.empty();
            case "redirectPermanent" -> arguments >= 1 ? Optional.of(FacesTypes.OMNIFACES_PERMANENT) : Optional.empty();
            default -> Optional.empty();
        };
    }

    /** {@code Faces} or {@code FacesLocal} of OmniFaces, written as the scope or statically imported. */
    private static Optional<String> owner(MethodCallExpr call, TypeNames names) {
        Optional<Expression> scope = call.getScope();
        if (scope.isPresent()) {
            String written = scope.get().toString();
            return FacesTypes.OMNIFACES.stream()
                    .filter(type -> type.equals(written) || names.isType(written, Set.of(type))).findFirst();
        }
        if (!FacesContexts.ownMethods(call).isEmpty()) {
            return Optional.empty(); // the class's own redirect(...)
        }
        return names.staticImportOwners(call.getNameAsString()).stream().filter(FacesTypes.OMNIFACES::contains).findFirst();
    }
}
