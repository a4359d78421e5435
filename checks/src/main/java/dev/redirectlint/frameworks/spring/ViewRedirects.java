package dev.redirectlint.frameworks.spring;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SwitchExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import dev.redirectlint.java.CallTargets;
import dev.redirectlint.java.Definitions;
import dev.redirectlint.java.Helpers;
import dev.redirectlint.java.SourceFile;
import dev.redirectlint.java.StatusEvaluator;
import dev.redirectlint.java.StatusValue;
import dev.redirectlint.java.StringEvaluator;
import dev.redirectlint.java.StringValue;
import dev.redirectlint.java.SwitchValues;
import dev.redirectlint.java.TypeNames;
import dev.redirectlint.model.Handler;
import dev.redirectlint.model.Redirect;
import dev.redirectlint.redirects.HandlerContext;
import dev.redirectlint.redirects.RedirectDetector;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Spring MVC redirects through the view a handler returns: a {@code "redirect:"} view name, a
 * {@code ModelAndView} with one, or a {@code RedirectView}, returned directly or from a helper.
 * Their status is 302 unless something sets another: {@code @ResponseStatus} on the handler or its
 * class, the ModelAndView's status, the RedirectView's status code or {@code http10Compatible=false}.
 * Reactive (WebFlux) handlers are left alone: their redirect views send 303.
 */
final class ViewRedirects implements RedirectDetector {

    private static final String REDIRECT_PREFIX = "redirect:";
    private static final Set<String> STRING_RETURN_TYPES = Set.of("String", "Object", "CharSequence");
    private static final int MAX_DEPTH = 8;

    @Override
    public void detect(HandlerContext context, List<Redirect> found) {
        Handler handler = context.handler();
        if (handler.framework() != SpringTypes.MVC || SpringHandlerDetails.of(handler).reactive()) {
            return; // views are Spring MVC's: elsewhere "redirect:x" is a body, or Jakarta MVC's 303
        }
        Optional<AnnotationExpr> responseStatus = SpringTypes.responseStatus(context);
        if (responseStatus.isPresent() && responseStatus.get().isNormalAnnotationExpr()
                && responseStatus.get().asNormalAnnotationExpr().getPairs().stream()
                        .anyMatch(pair -> pair.getNameAsString().equals("reason"))) {
            return; // Spring calls sendError(status, reason) and ignores the returned view.
        }
        Optional<StatusValue> annotated = responseStatus.flatMap(SpringTypes::responseStatusValue)
                .flatMap(value -> context.statuses().evaluate(value));
        if (responseStatus.isPresent() && annotated.isEmpty()) {
            return; // a status we cannot read: do not guess
        }
        ViewStatus base = annotated.map(value -> new ViewStatus(value.code(), responseStatus, Optional.of(value)))
                .orElse(ViewStatus.DEFAULT);
        List<Expression> returned = context.helpers().returnedExpressions(handler.method());
        ViewRemedies remedies = new ViewRemedies(context, returned,
                expression -> alwaysRedirects(context, expression, handler.method()));
        for (Expression expression : returned) {
            if (!SpringHandlerDetails.of(handler).writesReturnAsBody() && returnsText(handler.method())) {
                for (StringValue value : context.strings().evaluate(expression)) {
                    if (value.startsWith(REDIRECT_PREFIX)) {
                        addViewName(context, expression, value, base, remedies, found);
                    }
                }
            }
            for (Traced traced : trace(context, expression, Optional.empty(), handler.method(), 0)) {
                addViewObject(context, expression, traced, base, remedies, found);
            }
        }
    }

    /**
     * The status a redirect view sends when the view object itself sets none: 302, or what
     * {@code @ResponseStatus} or the ModelAndView sets ({@code value} present).
     */
    record ViewStatus(int code, Optional<AnnotationExpr> annotation, Optional<StatusValue> value) {
        static final ViewStatus DEFAULT = new ViewStatus(302, Optional.empty(), Optional.empty());

        boolean isSet() {
            return value.isPresent();
        }

        String suffix(HandlerContext context) {
            return annotation.map(a -> " with " + context.textOf(a)).orElse(value.map(v -> " and status " + v.code()).orElse(""));
        }
    }

    private static boolean returnsText(MethodDeclaration method) {
        Type type = method.getType();
        return type instanceof ClassOrInterfaceType classType && STRING_RETURN_TYPES.contains(classType.getNameAsString());
    }

    /**
     * The status a {@code redirect:} view name answers with: what the handler sets, else 302, or 303 where
     * the application's view resolvers are not HTTP 1.0 compatible (they then build
     * {@code RedirectView(url, contextRelative, false)}, which sends 303 when no status is set).
     */
    private static ViewStatus nameStatus(HandlerContext context, ViewStatus base) {
        boolean seeOther = context.names().index().settings().sourceSetting(RedirectHttp10Setting.NAME).isPresent();
        return base.isSet() || !seeOther ? base : new ViewStatus(303, Optional.empty(), Optional.empty());
    }

    private static void addViewName(HandlerContext context, Expression returned, StringValue value, ViewStatus handlerBase,
            ViewRemedies remedies, List<Redirect> found) {
        ViewStatus base = nameStatus(context, handlerBase);
        if (!isRedirect(base.code())) {
            return;
        }
        Node origin = value.origin() != null ? value.origin() : returned;
        Node location = context.locationFor(origin, value.viaHelper(), returned);
        Optional<Node> site = context.helperSite(origin, location);
        if (location == origin && !returned.isAncestorOf(origin) && returned != origin) {
            // The name reached the return through a local (a builder appended to on several branches): each
            // return is where the handler answers with it, and the text is written at the origin.
            location = returned;
            site = Optional.of(origin);
        }
        String description = SpringTypes.VIEW_NAME_MECHANISM.description() + base.suffix(context)
                + (value.viaHelper().isPresent() ? context.inHelper(origin) : "");
        found.add(new Redirect(SpringTypes.VIEW_NAME_MECHANISM, description, base.code(), location, site,
                "\"" + value.text() + "\"", remedies.forView(base, returned)));
    }

    /**
     * True if every value {@code expression} can take is a redirect view: a {@code "redirect:"} name, a
     * RedirectView, or a ModelAndView holding one. Only then may a handler-wide status be suggested, as it
     * would also change the status of any view the handler renders.
     */
    private static boolean alwaysRedirects(HandlerContext context, Expression expression, MethodDeclaration owner) {
        List<StringValue> names = context.strings().evaluate(expression);
        if (!names.isEmpty()) {
            return allRedirectNames(names);
        }
        List<Traced> terminals = trace(context, expression, Optional.empty(), owner, 0);
        return !terminals.isEmpty() && terminals.stream().allMatch(traced -> isRedirectObject(context, traced));
    }

    private static boolean isRedirectObject(HandlerContext context, Traced traced) {
        ObjectCreationExpr creation = (ObjectCreationExpr) traced.terminal();
        String type = creation.getType().getNameWithScope();
        TypeNames names = traced.names();
        if (names.isType(type, SpringTypes.REDIRECT_VIEW_TYPE)) {
            return true;
        }
        if (!names.isType(type, SpringTypes.MODEL_AND_VIEW)) {
            return false;
        }
        List<Expression> views = new ArrayList<>();
        if (creation.getArguments().isNonEmpty()) {
            views.add(creation.getArgument(0));
        }
        traced.variable().ifPresent(variable -> callsOn(traced.owner(), variable).stream()
                .filter(call -> call.getNameAsString().equals("setViewName") || call.getNameAsString().equals("setView"))
                .forEach(call -> views.add(call.getArgument(0))));
        return !views.isEmpty() && views.stream().allMatch(view -> view instanceof ObjectCreationExpr object
                ? names.isType(object.getType().getNameWithScope(), SpringTypes.REDIRECT_VIEW_TYPE)
                : allRedirectNames(traced.strings(context).evaluate(view)));
    }

    /** True if a view name is known and is a redirect whatever value it takes. */
    private static boolean allRedirectNames(List<StringValue> names) {
        return !names.isEmpty() && names.stream().allMatch(value -> value.startsWith(REDIRECT_PREFIX));
    }

    /**
     * A terminal expression a returned value comes from, the local variable that held it, the method that
     * holds it and the class that method runs on.
     */
    private record Traced(Expression terminal, Optional<MethodCallExpr> via, Optional<String> variable,
            MethodDeclaration owner, TypeDeclaration<?> dispatch) {

        /** Names of the terminal's own file. */
        TypeNames names() {
            return SourceFile.require(terminal).names();
        }

        /** String evaluation in the terminal's own file and class. */
        StringEvaluator strings(HandlerContext context) {
            return new StringEvaluator(names(), context.helpers().on(dispatch));
        }

        StatusEvaluator statuses() {
            return new StatusEvaluator(names());
        }
    }

    private static List<Traced> trace(HandlerContext context, Expression expression, Optional<MethodCallExpr> via,
            MethodDeclaration owner, int depth) {
        return trace(context, expression, via, owner, context.helpers().type(), depth);
    }

    private static List<Traced> trace(HandlerContext context, Expression expression, Optional<MethodCallExpr> via,
            MethodDeclaration owner, TypeDeclaration<?> dispatch, int depth) {
        List<Traced> result = new ArrayList<>();
        if (depth > MAX_DEPTH) {
            return result;
        }
        if (expression instanceof EnclosedExpr enclosed) {
            return trace(context, enclosed.getInner(), via, owner, dispatch, depth + 1);
        }
        if (expression instanceof CastExpr cast) {
            return trace(context, cast.getExpression(), via, owner, dispatch, depth + 1);
        }
        if (expression instanceof ConditionalExpr conditional) {
            result.addAll(trace(context, conditional.getThenExpr(), via, owner, dispatch, depth + 1));
            result.addAll(trace(context, conditional.getElseExpr(), via, owner, dispatch, depth + 1));
        } else if (expression instanceof SwitchExpr switchExpr) {
            for (Expression value : SwitchValues.of(switchExpr)) {
                result.addAll(trace(context, value, via, owner, dispatch, depth + 1));
            }
        } else if (expression instanceof NameExpr name) {
            Definitions.of(name, SourceFile.require(name).names()).ifPresent(def -> {
                if (def instanceof Definitions.Local local) {
                    for (Expression value : local.values()) {
                        trace(context, value, via, owner, dispatch, depth + 1).forEach(t -> result.add(new Traced(
                                t.terminal(), t.via(), t.variable().or(() -> Optional.of(name.getNameAsString())),
                                t.owner(), t.dispatch())));
                    }
                }
            });
        } else if (expression instanceof MethodCallExpr call) {
            for (CallTargets.Target target : CallTargets.of(call, dispatch)) {
                for (Expression returned : Helpers.returnedExpressionsOf(target.method())) {
                    result.addAll(trace(context, returned, Optional.of(via.orElse(call)), target.method(),
                            target.dispatch(), depth + 1));
                }
            }
        } else if (expression instanceof ObjectCreationExpr creation) {
            result.add(new Traced(creation, via, Optional.empty(), owner, dispatch));
        }
        return result;
    }

    private static void addViewObject(HandlerContext context, Expression returned, Traced traced, ViewStatus base,
            ViewRemedies remedies, List<Redirect> found) {
        ObjectCreationExpr creation = (ObjectCreationExpr) traced.terminal();
        String type = creation.getType().getNameWithScope();
        if (traced.names().isType(type, SpringTypes.MODEL_AND_VIEW)) {
            addModelAndView(context, returned, traced, creation, base, remedies, found);
        } else if (traced.names().isType(type, SpringTypes.REDIRECT_VIEW_TYPE)) {
            addRedirectView(context, returned, traced, creation, base, remedies, found);
        }
    }

    private static void addModelAndView(HandlerContext context, Expression returned, Traced traced,
            ObjectCreationExpr creation, ViewStatus base, ViewRemedies remedies, List<Redirect> found) {
        List<Expression> viewNames = new ArrayList<>();
        List<ObjectCreationExpr> views = new ArrayList<>();
        Optional<StatusValue> explicit = Optional.empty();
        int count = creation.getArguments().size();
        if (count > 0) {
            Expression first = creation.getArgument(0);
            if (first instanceof ObjectCreationExpr view) {
                views.add(view);
            } else {
                viewNames.add(first);
            }
            // (view, status) and (view, model, status); (view, "name", object) has no status.
            boolean namedModelObject = count == 3 && creation.getArgument(1).isStringLiteralExpr();
            if ((count == 2 || count == 3) && !namedModelObject) {
                explicit = traced.statuses().evaluate(creation.getArgument(count - 1));
            }
        }
        List<Expression> statusSetters = new ArrayList<>();
        traced.variable().ifPresent(variable -> callsOn(traced.owner(), variable).forEach(call -> {
            switch (call.getNameAsString()) {
                case "setViewName" -> viewNames.add(call.getArgument(0));
                case "setStatus" -> statusSetters.add(call.getArgument(0));
                case "setView" -> {
                    if (call.getArgument(0) instanceof ObjectCreationExpr view) {
                        views.add(view);
                    }
                }
                default -> { }
            }
        }));
        for (Expression status : statusSetters) {
            explicit = traced.statuses().evaluate(status);
            if (explicit.isEmpty()) {
                return; // a status we cannot read, perhaps not a redirect at all
            }
        }
        ViewStatus effective = explicit.map(v -> new ViewStatus(v.code(), Optional.empty(), Optional.of(v))).orElse(base);
        int code = effective.code();
        if (!isRedirect(code)) {
            return;
        }
        ViewStatus named = nameStatus(context, effective);
        for (Expression viewName : viewNames) {
            if (!isRedirect(named.code())) {
                break;
            }
            for (StringValue value : traced.strings(context).evaluate(viewName)) {
                if (value.startsWith(REDIRECT_PREFIX)) {
                    Node origin = traced.via().isPresent() ? creation : value.origin() != null ? value.origin() : viewName;
                    // The view is made where the ModelAndView is created with the name (its constructor), or where
                    // setViewName gives it one; the name's text may be a constant or a local written elsewhere.
                    Node made = creation.isAncestorOf(viewName) ? creation : viewName;
                    Node location = traced.via().isPresent() || !context.inHandler(made)
                            ? context.locationFor(origin, traced.via(), returned) : made;
                    String description = SpringTypes.MODEL_AND_VIEW_MECHANISM.description() + effective.suffix(context)
                            + (traced.via().isPresent() ? context.inHelper(creation) : "");
                    found.add(new Redirect(SpringTypes.MODEL_AND_VIEW_MECHANISM, description, named.code(), location,
                            context.helperSite(origin, location), "new ModelAndView(\"" + value.text() + "\")",
                            remedies.forModelAndView(creation, traced.variable(),
                                    isRedirectObject(context, traced), effective, returned)));
                }
            }
        }
        for (ObjectCreationExpr view : views) {
            if (traced.names().isType(view.getType().getNameWithScope(), SpringTypes.REDIRECT_VIEW_TYPE)) {
                addRedirectView(context, returned, new Traced(view, traced.via(), Optional.empty(), traced.owner(),
                        traced.dispatch()), view, effective, remedies, found);
            }
        }
    }

    private static void addRedirectView(HandlerContext context, Expression returned, Traced traced,
            ObjectCreationExpr creation, ViewStatus base, ViewRemedies remedies, List<Redirect> found) {
        boolean http10 = true;
        int count = creation.getArguments().size();
        if (count >= 3) {
            Expression flag = creation.getArgument(2);
            if (!(flag instanceof BooleanLiteralExpr literal)) {
                return; // decided elsewhere: do not guess
            }
            http10 = literal.getValue();
        }
        Optional<StatusValue> statusCode = Optional.empty();
        if (traced.variable().isPresent()) {
            for (MethodCallExpr call : callsOn(traced.owner(), traced.variable().get())) {
                String name = call.getNameAsString();
                if (name.equals("setStatusCode")) {
                    statusCode = traced.statuses().evaluate(call.getArgument(0));
                    if (statusCode.isEmpty()) {
                        return;
                    }
                } else if (name.equals("setHttp10Compatible")) {
                    if (!(call.getArgument(0) instanceof BooleanLiteralExpr literal)) {
                        return;
                    }
                    http10 = literal.getValue();
                }
            }
        }
        int code = statusCode.map(StatusValue::code).orElse(base.isSet() ? base.code() : http10 ? 302 : 303);
        if (!isRedirect(code)) {
            return;
        }
        Node location = context.locationFor(creation, traced.via(), returned);
        String description = SpringTypes.REDIRECT_VIEW.description()
                + (statusCode.isPresent() ? " with status " + code : base.suffix(context));
        found.add(new Redirect(SpringTypes.REDIRECT_VIEW, description, code, location,
                context.helperSite(creation, location), creation.toString(),
                remedies.forRedirectView(creation, traced.variable(), statusCode, base, returned)));
    }

    /** Calls such as {@code name.setStatusCode(...)} on a local variable, in the method that owns it. */
    private static List<MethodCallExpr> callsOn(MethodDeclaration owner, String variable) {
        List<MethodCallExpr> calls = new ArrayList<>();
        for (MethodCallExpr call : owner.findAll(MethodCallExpr.class)) {
            if (call.getArguments().size() == 1 && call.getScope().filter(NameExpr.class::isInstance)
                    .map(scope -> ((NameExpr) scope).getNameAsString().equals(variable)).orElse(false)
                    && Helpers.ownedBy(call, owner)) {
                calls.add(call);
            }
        }
        return calls;
    }

    private static boolean isRedirect(int code) {
        return code >= 300 && code < 400;
    }
}
