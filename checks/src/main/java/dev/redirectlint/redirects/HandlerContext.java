package dev.redirectlint.redirects;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.redirectlint.fix.Edits;
import com.github.javaparser.ast.body.TypeDeclaration;
import dev.redirectlint.java.Helpers;
import dev.redirectlint.java.Hierarchy;
import dev.redirectlint.java.Helpers.Reached;
import dev.redirectlint.java.SourceFile;
import dev.redirectlint.java.StatusEvaluator;
import dev.redirectlint.java.StatusValue;
import dev.redirectlint.java.StringEvaluator;
import dev.redirectlint.java.TypeNames;
import dev.redirectlint.model.Handler;
import dev.redirectlint.model.LibraryVersions;
import dev.redirectlint.model.Mechanism;
import dev.redirectlint.model.Redirect;
import dev.redirectlint.model.Remedy;
import dev.redirectlint.source.SourceText;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * Everything a detector needs to read one handler: the handler, name resolution, evaluators and the code
 * it reaches. Code may be in other files than the handler's: every node is read, positioned and edited
 * with the text and names of its own file.
 */
public final class HandlerContext {

    private final Handler handler;
    private final SourceFile file;
    private final Helpers helpers;
    private final StatusEvaluator statuses;
    private final StringEvaluator strings;
    private final LibraryVersions libraries;
    private Helpers.Reach reach;

    public HandlerContext(Handler handler, LibraryVersions libraries) {
        this.libraries = libraries;
        this.handler = handler;
        this.file = SourceFile.require(handler.code());
        this.helpers = new Helpers(handler.type());
        this.statuses = new StatusEvaluator(file.names());
        this.strings = new StringEvaluator(file.names(), helpers);
    }

    public Handler handler() {
        return handler;
    }

    /**
     * The versions of the libraries the analysed code compiles against, as far as the homes declare them: what a
     * remedy may use (Servlet 6.1's {@code sendRedirect(location, status)}) depends on them.
     */
    public LibraryVersions libraries() {
        return libraries;
    }

    /** The names of the file that holds the handler's code. */
    public TypeNames names() {
        return file.names();
    }

    /** The text of the file that holds the handler's code. */
    public SourceText source() {
        return file.source();
    }

    /** The text of the file that holds the node. */
    public SourceText source(Node node) {
        return SourceFile.require(node).source();
    }

    public Helpers helpers() {
        return helpers;
    }

    public StatusEvaluator statuses() {
        return statuses;
    }

    public StringEvaluator strings() {
        return strings;
    }

    /** A fresh edit builder for one fix in the file that holds {@code site}. */
    public Edits edits(Node site) {
        SourceFile target = SourceFile.require(site);
        return new Edits(target.path(), target.source(), target.names());
    }

    /** The names of the file that holds the node. */
    public TypeNames names(Node node) {
        return SourceFile.require(node).names();
    }

    /** The names to read a reached method's body by: those of its own file. */
    public TypeNames names(Reached reached) {
        return reached.file().names();
    }

    /** Status evaluation for a reached method's body, with the names of its own file. */
    public StatusEvaluator statuses(Reached reached) {
        TypeNames own = names(reached);
        return own == file.names() ? statuses : new StatusEvaluator(own);
    }

    /** String evaluation for a reached method's body, with the names and dispatch of its own. */
    public StringEvaluator strings(Reached reached) {
        if (reached.file() == file && reached.dispatch() == helpers.type()) {
            return strings;
        }
        return new StringEvaluator(names(reached), helpers.on(reached.dispatch()));
    }

    /**
     * A redirect made at {@code site} in code the handler runs. It is reported at the handler's own call
     * when the site is in a helper, with the site as a related location; for a helper of another class the
     * description names the helper.
     *
     * @param description how the message names the mechanism
     * @param expression the producing expression, for line-independent fingerprints
     */
    public Redirect redirectAt(Reached reached, Node site, Mechanism mechanism, String description, int status,
            String expression, Remedy remedy) {
        boolean elsewhere = reached.isHelper() && !ownClassHere(reached);
        return new Redirect(mechanism, elsewhere ? description + " in " + reached.describe() : description,
                status, reached.entry().map(Node.class::cast).orElse(site),
                reached.isHelper() ? Optional.of(site) : Optional.empty(), expression,
                elsewhere ? new InHelperRemedy(remedy, reached.describe()) : remedy, reached.chain());
    }

    /**
     * How a message names where a value comes from when that is a method of another class than the
     * handler's: {@code " in Views#home"}; empty for the handler's own class and its superclasses in the
     * same file, or for a value that is not in a method (a constant).
     */
    public String inHelper(Node site) {
        Optional<com.github.javaparser.ast.body.MethodDeclaration> method =
                site.findAncestor(com.github.javaparser.ast.body.MethodDeclaration.class);
        if (method.isEmpty() || method.get() == handler.code()) {
            return "";
        }
        TypeDeclaration<?> owner = method.get().findAncestor(TypeDeclaration.class).orElse(null);
        if (SourceFile.require(site) == file && isOwnClass(owner)) {
            return "";
        }
        return " in " + (owner == null ? "?" : owner.getNameAsString()) + "#" + method.get().getNameAsString();
    }

    private boolean isOwnClass(TypeDeclaration<?> owner) {
        if (owner == handler.type() || owner == handler.declaringType()) {
            return true;
        }
        return Hierarchy.supertypes(handler.type(), SourceFile.require(handler.type()).names()).stream()
                .anyMatch(supertype -> supertype.declaration() == owner);
    }

    /**
     * True if the reached helper is the handler class's own, declared in the handler's file (in the class or a
     * superclass there): then the message need not name it, the related location shows it.
     */
    private boolean ownClassHere(Reached reached) {
        if (reached.file() != file) {
            return false;
        }
        return isOwnClass(reached.code().findAncestor(TypeDeclaration.class).orElse(null));
    }

    /**
     * A status passed to a setter such as {@code setStatus(302)} or {@code ctx.status(FOUND)}: a redirect
     * when the argument is a redirect status, named {@code Mechanism(argument)} and fixed by writing
     * another status in its place.
     */
    public Optional<Redirect> statusSetAt(Reached reached, MethodCallExpr call, Expression argument,
            Mechanism mechanism, IntFunction<String> advice) {
        return statuses(reached).evaluate(argument).filter(StatusValue::isRedirect).map(value -> redirectAt(
                reached, call, mechanism, mechanism.description() + "(" + argument + ")", value.code(),
                call.toString(), new StatusArgumentRemedy(this, value, argument, advice)));
    }

    /** The handler and every method it calls, transitively. */
    public List<Reached> reachable() {
        return reach().reached();
    }

    /** Calls of project methods the walk did not follow: they cannot lead to a redirect. */
    public List<MethodCallExpr> unfollowedCalls() {
        return reach().pruned();
    }

    private Helpers.Reach reach() {
        if (reach == null) {
            reach = helpers.reach(handler.code());
        }
        return reach;
    }

    /** True if the node is inside the handler method itself. */
    public boolean inHandler(Node node) {
        return node != null && node.findAncestor(n -> n == handler.code(), Node.class).isPresent();
    }

    /**
     * Where a finding points: the call into the helper when the redirect is made there; else the
     * origin if it is written in the handler; else {@code fallback}, an expression in the handler.
     */
    public Node locationFor(Node origin, Optional<MethodCallExpr> via, Node fallback) {
        if (via.isPresent()) {
            return via.get();
        }
        return inHandler(origin) ? origin : fallback;
    }

    /** The redirect's site outside the handler, for a related location. */
    public Optional<Node> helperSite(Node origin, Node location) {
        return origin != null && origin != location && !inHandler(origin) ? Optional.of(origin) : Optional.empty();
    }

    /** The node's text exactly as written, from its own file. */
    public String textOf(Node node) {
        return source(node).textOf(node);
    }
}
