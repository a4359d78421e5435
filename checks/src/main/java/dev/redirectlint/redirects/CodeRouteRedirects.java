package dev.redirectlint.redirects;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import dev.redirectlint.api.Fix;
import dev.redirectlint.fix.Edits;
import dev.redirectlint.fix.Statuses;
import dev.redirectlint.java.Definitions;
import dev.redirectlint.java.Lambdas;
import dev.redirectlint.java.Helpers.Reached;
import dev.redirectlint.java.StatusValue;
import dev.redirectlint.java.TypeNames;
import dev.redirectlint.model.Framework;
import dev.redirectlint.model.Mechanism;
import dev.redirectlint.model.Redirect;
import dev.redirectlint.model.Remedy;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * The redirect API of a framework that registers routes in code: {@code x.redirect(location)}, which
 * sends 302, {@code x.redirect(location, status)} and {@code x.status(status)}, where {@code x} is the
 * handler's framework object (Javalin's {@code Context}, Spark's {@code Response}).
 */
public abstract class CodeRouteRedirects implements RedirectDetector {

    private final Framework framework;
    private final int parameter;
    private final Set<String> types;
    private final Mechanism redirect;
    private final Mechanism status;

    /**
     * @param parameter the position of the framework object among a handler's parameters
     * @param types its qualified type names
     * @param redirect the mechanism of {@code x.redirect(...)}, or {@code null} for a framework without one
     */
    protected CodeRouteRedirects(Framework framework, int parameter, Set<String> types, Mechanism redirect, Mechanism status) {
        this.framework = framework;
        this.parameter = parameter;
        this.types = types;
        this.redirect = redirect;
        this.status = status;
    }

    /** How to make {@code call}, a one-argument redirect, send {@code status} instead of 302. */
    protected abstract Remedy passStatus(HandlerContext context, MethodCallExpr call);

    /** The advice for a status written as an argument: "pass HttpStatus.SEE_OTHER to ctx.redirect". */
    protected abstract IntFunction<String> statusArgumentAdvice(String method);

    /** The name of the framework object's redirect: {@code redirect}. */
    protected String redirectName() {
        return "redirect";
    }

    /** Where a two-argument redirect takes its status: after the location ({@code redirect(url, 303)}). */
    protected int statusPosition() {
        return 1;
    }

    /** True for a one-argument call that sets the response status: {@code status(...)}. */
    protected boolean isStatusSetter(String name) {
        return name.equals("status");
    }

    /** True if the redirects of handlers of this framework are looked for. */
    protected boolean appliesTo(Framework handlerFramework) {
        return handlerFramework == framework;
    }

    @Override
    public final void detect(HandlerContext context, List<Redirect> found) {
        if (!appliesTo(context.handler().framework())) {
            return;
        }
        for (Reached reached : context.reachable()) {
            TypeNames names = context.names(reached);
            for (MethodCallExpr call : reached.code().findAll(MethodCallExpr.class)) {
                String name = call.getNameAsString();
                boolean isRedirect = redirect != null && name.equals(redirectName()) && call.getArguments().size() <= 2;
                boolean isStatus = isStatusSetter(name) && call.getArguments().size() == 1;
                if ((isRedirect || isStatus) && !call.getArguments().isEmpty() && onFrameworkObject(call, names, context)) {
                    (isRedirect ? redirect(call, reached, context) : status(call, reached, context)).ifPresent(found::add);
                }
            }
        }
    }

    private Optional<Redirect> redirect(MethodCallExpr call, Reached reached, HandlerContext context) {
        if (call.getArguments().size() == 1) {
            return Optional.of(context.redirectAt(reached, call, redirect, redirect.description(), 302,
                    call.toString(), passStatus(context, call)));
        }
        Expression argument = call.getArgument(statusPosition());
        return context.statuses(reached).evaluate(argument).filter(StatusValue::isRedirect).map(value ->
                context.redirectAt(reached, call, redirect, redirect.description() + " with status " + value.code(),
                        value.code(), call.toString(),
                        new StatusArgumentRemedy(context, value, argument, statusArgumentAdvice("redirect"))));
    }

    private Optional<Redirect> status(MethodCallExpr call, Reached reached, HandlerContext context) {
        return context.statusSetAt(reached, call, call.getArgument(0), status, statusArgumentAdvice("status"));
    }

    /**
     * True if the call's receiver is the framework object: declared with its type, or the untyped
     * parameter at its position in the route's own lambda ({@code ctx -> ctx.redirect("/x")}).
     */
    private boolean onFrameworkObject(MethodCallExpr call, TypeNames names, HandlerContext context) {
        Expression receiver = call.getScope().orElse(null);
        // res.header("Location", url).status(302): the header setters return the framework object
        while (receiver instanceof MethodCallExpr fluent && FLUENT.contains(fluent.getNameAsString())) {
            receiver = fluent.getScope().orElse(null);
        }
        return receiver instanceof NameExpr name && isRouteObject(name, parameter, types, names, context);
    }

    /** Methods of the framework objects that return the object itself. */
    private static final Set<String> FLUENT = Set.of("header", "contentType", "type", "cookie",
            "setResponseHeader", "setResponseType", "setResponseCookie"); // the last three: Jooby

    /**
     * True if the name is a handler's framework object of one of {@code types}: a variable declared with
     * the type, or the untyped parameter at {@code position} of the handler's own lambda. For a home whose
     * redirects are not {@code redirect}/{@code status} calls on one object (Vert.x's response).
     */
    public static boolean isRouteObject(NameExpr receiver, int position, Set<String> types, TypeNames names,
            HandlerContext context) {
        Optional<LambdaExpr> declaring = Lambdas.declaring(receiver);
        if (declaring.isPresent()) {
            List<Parameter> parameters = declaring.get().getParameters();
            for (int i = 0; i < parameters.size(); i++) {
                Parameter candidate = parameters.get(i);
                if (candidate.getNameAsString().equals(receiver.getNameAsString())) {
                    return candidate.getType().isUnknownType()
                            ? i == position && handlerOrAroundIt(declaring.get(), context.handler().code())
                            : names.isType(candidate.getType(), types);
                }
            }
        }
        return Definitions.declaredType(receiver, names).filter(type -> names.isType(type, types)).isPresent();
    }

    /**
     * {@code x.redirect(url)} becomes {@code x.redirect(url, status)}; each framework says how its
     * redirect takes the status.
     */
    public abstract static class AddStatusArgument implements Remedy {
        protected final HandlerContext context;
        protected final MethodCallExpr call;

        protected AddStatusArgument(HandlerContext context, MethodCallExpr call) {
            this.context = context;
            this.call = call;
        }

        /** The status as this framework's redirect takes it (adding imports to {@code edits}), or empty. */
        protected abstract Optional<String> statusArgument(int status, Edits edits);

        @Override
        public Optional<Fix> fix(int status) {
            Edits edits = context.edits(call);
            return statusArgument(status, edits).map(argument -> {
                edits.insertAt(context.source(call).end(call.getArgument(0)), ", " + argument);
                return new Fix("Pass " + argument + " to redirect (" + Statuses.describe(status) + ")", status,
                        edits.build(), edits.file());
            });
        }

        /** The receiver as written: {@code ctx}, {@code response}. */
        protected String receiver() {
            return call.getScope().map(Node::toString).orElse("");
        }
    }

    /**
     * True if the lambda is the handler's, or the route lambda around a handler that takes nothing and uses
     * its context (Ratpack's {@code ctx.byMethod(m -> m.post(() -> ctx.redirect("/")))}).
     */
    private static boolean handlerOrAroundIt(LambdaExpr lambda, Node handler) {
        return lambda == handler || handler instanceof LambdaExpr block && block.getParameters().isEmpty()
                && lambda.isAncestorOf(block);
    }
}
