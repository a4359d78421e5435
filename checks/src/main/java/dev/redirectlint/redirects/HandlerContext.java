package dev.redirectlint.redirects;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.redirectlint.engine.LintConfig;
import dev.redirectlint.engine.SourceText;
import dev.redirectlint.fix.Edits;
import dev.redirectlint.java.Annotations;
import dev.redirectlint.java.Helpers;
import dev.redirectlint.java.Helpers.Reached;
import dev.redirectlint.java.KnownTypes;
import dev.redirectlint.java.StatusEvaluator;
import dev.redirectlint.java.StringEvaluator;
import dev.redirectlint.java.TypeNames;
import dev.redirectlint.java.StatusValue;
import dev.redirectlint.model.Handler;
import dev.redirectlint.model.Mechanism;
import dev.redirectlint.model.Redirect;
import dev.redirectlint.model.Remedy;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;

/** Everything a detector needs to read one handler: the handler, name resolution, evaluators, helpers. */
public final class HandlerContext {

    private final Handler handler;
    private final TypeNames names;
    private final SourceText source;
    private final Helpers helpers;
    private final StatusEvaluator statuses;
    private final StringEvaluator strings;
    private final LintConfig config;
    private List<Reached> reachable;

    public HandlerContext(Handler handler, TypeNames names, SourceText source) {
        this(handler, names, source, LintConfig.defaults());
    }

    public HandlerContext(Handler handler, TypeNames names, SourceText source, LintConfig config) {
        this.config = config;
        this.handler = handler;
        this.names = names;
        this.source = source;
        this.helpers = new Helpers(handler.type(), names);
        this.statuses = new StatusEvaluator(names);
        this.strings = new StringEvaluator(names, helpers);
    }

    public Handler handler() {
        return handler;
    }

    /** The configuration, for what the analysed code may use (such as Servlet 6.1 methods). */
    public LintConfig config() {
        return config;
    }

    public TypeNames names() {
        return names;
    }

    public SourceText source() {
        return source;
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

    /** A fresh edit builder for one fix. */
    public Edits edits() {
        return new Edits(source, names);
    }

    /** The names to read a reached method's body by: those of its own file. */
    public TypeNames names(Reached reached) {
        return reached.inherited().map(Helpers.Inherited::names).orElse(names);
    }

    /** Status evaluation for a reached method's body, with the names of its own file. */
    public StatusEvaluator statuses(Reached reached) {
        TypeNames own = names(reached);
        return own == names ? statuses : new StatusEvaluator(own);
    }

    /** String evaluation for a reached method's body, with the names and helpers of its own file. */
    public StringEvaluator strings(Reached reached) {
        if (reached.inherited().isEmpty() || names(reached) == names) {
            return strings;
        }
        Helpers.Inherited inherited = reached.inherited().get();
        return new StringEvaluator(inherited.names(), new Helpers(inherited.owner(), inherited.names()));
    }

    /**
     * A redirect made at {@code site} in code the handler runs. It is reported at the handler's own call
     * when the site is in a helper (a related location points at the site, for helpers of this file);
     * for a helper of another file the description names the helper and the remedy gives advice only.
     *
     * @param description how the message names the mechanism
     * @param expression the producing expression, for line-independent fingerprints
     */
    public Redirect redirectAt(Reached reached, Node site, Mechanism mechanism, String description, int status,
            String expression, Remedy remedy) {
        boolean elsewhere = reached.inOtherFile();
        return new Redirect(mechanism, elsewhere ? description + " in " + inheritedHelper(reached) : description,
                status, reached.entry().map(Node.class::cast).orElse(site),
                reached.isHelper() && !elsewhere ? Optional.of(site) : Optional.empty(), expression,
                elsewhere ? new InheritedHelperRemedy(remedy, inheritedHelper(reached)) : remedy);
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

    private static String inheritedHelper(Reached reached) {
        return reached.inherited().orElseThrow().describe(reached.code());
    }

    /** The handler and every method of its class it calls, transitively. */
    public List<Reached> reachable() {
        if (reachable == null) {
            reachable = helpers.reachableFrom(handler.code());
        }
        return reachable;
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
        boolean sameFile = origin != null
                && origin.findCompilationUnit().orElse(null) == handler.code().findCompilationUnit().orElse(null);
        return sameFile && origin != location && !inHandler(origin) ? Optional.of(origin) : Optional.empty();
    }

    /** {@code @ResponseStatus} on the handler method, else on its class (Spring checks in that order). */
    public Optional<AnnotationExpr> responseStatus() {
        Optional<AnnotationExpr> onMethod = Annotations.find(handler.method(), KnownTypes.SPRING_RESPONSE_STATUS, names);
        return onMethod.isPresent() ? onMethod
                : Annotations.find(handler.type(), KnownTypes.SPRING_RESPONSE_STATUS, names);
    }

    /** The status expression of a {@code @ResponseStatus}: {@code value} or {@code code}. */
    public static Optional<Expression> responseStatusValue(AnnotationExpr annotation) {
        Optional<Expression> value = Annotations.attribute(annotation, "value");
        return value.isPresent() ? value : Annotations.attribute(annotation, "code");
    }

    public String textOf(Node node) {
        return source.textOf(node);
    }
}
