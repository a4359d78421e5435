package dev.redirectlint.frameworks.spring;

import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import dev.redirectlint.api.Fix;
import dev.redirectlint.fix.Edits;
import dev.redirectlint.fix.Statuses;
import dev.redirectlint.frameworks.spring.ViewRedirects.ViewStatus;
import dev.redirectlint.java.Definitions;
import dev.redirectlint.model.Remedy;
import dev.redirectlint.redirects.HandlerContext;
import dev.redirectlint.redirects.StatusArgumentRemedy;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Remedies for Spring MVC redirect views. The general one is {@code @ResponseStatus} on the handler,
 * which Spring hands to the redirect view; it is offered as an edit only when every value the handler
 * returns is a redirect, since it would also change the status of views the handler renders.
 */
final class ViewRemedies {

    private static final String HTTP_STATUS = "org.springframework.http.HttpStatus";
    private static final String RESPONSE_STATUS = "org.springframework.web.bind.annotation.ResponseStatus";

    /** What the handler returns on the path of a redirect, which decides how to word the advice. */
    private enum ReturnedView { NAME, MODEL_AND_VIEW, REDIRECT_VIEW }

    private final HandlerContext context;
    private final List<Expression> returned;
    private final Predicate<Expression> alwaysRedirects;
    private Boolean onlyRedirects;
    private ModelAndViewConversion conversion;

    /**
     * @param returned every expression the handler returns
     * @param alwaysRedirects whether a returned expression is a redirect view on every path
     */
    ViewRemedies(HandlerContext context, List<Expression> returned, Predicate<Expression> alwaysRedirects) {
        this.context = context;
        this.returned = returned;
        this.alwaysRedirects = alwaysRedirects;
    }

    /**
     * For a view name or a view object whose status comes from the handler.
     *
     * @param returned the expression the handler returns on this path
     */
    Remedy forView(ViewStatus status, Expression returned) {
        return forView(status, returned, ReturnedView.NAME);
    }

    private Remedy forView(ViewStatus status, Expression returned, ReturnedView kind) {
        if (status.annotation().isPresent() && status.value().isPresent()) {
            Expression value = SpringTypes.responseStatusValue(status.annotation().get()).orElseThrow();
            return new StatusArgumentRemedy(context, status.value().get(), value,
                    s -> "use @ResponseStatus(HttpStatus." + Statuses.enumName(s) + ")");
        }
        return new AnnotateHandler(returned, kind);
    }

    /**
     * @param alwaysRedirect whether this ModelAndView holds a redirect view on every path, so that
     *     setting its status cannot change a rendered page
     */
    Remedy forModelAndView(ObjectCreationExpr creation, Optional<String> variable, boolean alwaysRedirect,
            ViewStatus status, Expression returned) {
        if (status.value().isPresent() && status.annotation().isEmpty()) {
            Expression use = status.value().get().origin();
            return new StatusArgumentRemedy(context, status.value().get(), use,
                    s -> "give the ModelAndView HttpStatus." + Statuses.enumName(s));
        }
        int count = creation.getArguments().size();
        // Only for a view that redirects whatever it holds: a status on a rendered page would break the page.
        if (status.annotation().isEmpty() && alwaysRedirect && (count == 1 || count == 2 && isModelMap(creation))) {
            return new AddConstructorStatus(creation);
        }
        if (status.annotation().isEmpty() && variable.isPresent() && alwaysRedirect && !annotationApplies()) {
            Optional<ExpressionStmt> declaration = declarationOf(creation, variable.get());
            if (declaration.isPresent()) {
                return new SetStatusAfterDeclaration(declaration.get(), variable.get(), "setStatus",
                        "the ModelAndView's status", " (Spring 5.3.14+)");
            }
        }
        return forView(status, returned, ReturnedView.MODEL_AND_VIEW);
    }

    Remedy forRedirectView(ObjectCreationExpr creation, Optional<String> variable,
            Optional<dev.redirectlint.java.StatusValue> statusCode, ViewStatus status, Expression returned) {
        if (statusCode.isPresent()) {
            return new StatusArgumentRemedy(context, statusCode.get(), statusCode.get().origin(),
                    s -> "call setStatusCode(HttpStatus." + Statuses.enumName(s) + ") on the RedirectView");
        }
        if (variable.isPresent() && status.annotation().isEmpty()) {
            Optional<ExpressionStmt> declaration = declarationOf(creation, variable.get());
            if (declaration.isPresent()) {
                return new SetStatusAfterDeclaration(declaration.get(), variable.get(), "setStatusCode",
                        "the RedirectView's status", "");
            }
        }
        int count = creation.getArguments().size();
        if (status.annotation().isEmpty() && variable.isEmpty() && (count == 1 || count == 2) && !annotationApplies()) {
            return new Http11RedirectView(creation, forView(status, returned, ReturnedView.REDIRECT_VIEW));
        }
        return forView(status, returned, ReturnedView.REDIRECT_VIEW);
    }

    private static boolean isModelMap(ObjectCreationExpr creation) {
        return !creation.getArgument(1).isStringLiteralExpr();
    }

    private static Optional<ExpressionStmt> declarationOf(ObjectCreationExpr creation, String variable) {
        return creation.getParentNode()
                .filter(VariableDeclarator.class::isInstance)
                .map(VariableDeclarator.class::cast)
                .filter(declarator -> declarator.getNameAsString().equals(variable))
                .flatMap(declarator -> declarator.getParentNode())
                .filter(VariableDeclarationExpr.class::isInstance)
                .flatMap(expr -> expr.getParentNode())
                .filter(ExpressionStmt.class::isInstance)
                .map(ExpressionStmt.class::cast);
    }

    private ModelAndViewConversion conversion() {
        if (conversion == null) {
            conversion = new ModelAndViewConversion(context, alwaysRedirects);
        }
        return conversion;
    }

    /** True if everything the handler returns is a redirect, so a handler-wide status is safe. */
    private boolean onlyRedirects() {
        if (onlyRedirects == null) { // asked for each finding's advice and fixes: trace the returns once
            onlyRedirects = !returned.isEmpty() && returned.stream().allMatch(alwaysRedirects);
        }
        return onlyRedirects;
    }

    /**
     * True if {@code @ResponseStatus} on the handler is the remedy: everything it returns is a redirect, and Spring
     * reads the annotation on it (not on an exception resolver's method, which Spring calls as plain Java).
     */
    private boolean annotationApplies() {
        return onlyRedirects() && SpringHandlerDetails.of(context.handler()).readsResponseStatus();
    }

    /** Adds {@code @ResponseStatus(HttpStatus.SEE_OTHER)} (or another status) to the handler method. */
    private final class AnnotateHandler implements Remedy {
        private final Expression returned;
        private final ReturnedView kind;

        AnnotateHandler(Expression returned, ReturnedView kind) {
            this.returned = returned;
            this.kind = kind;
        }

        @Override
        public String advice(int status) {
            String constant = "HttpStatus." + Statuses.enumName(status);
            if (annotationApplies()) {
                return "annotate the handler with @ResponseStatus(" + constant + ")";
            }
            // @ResponseStatus would also set the status of the views this handler renders.
            return switch (kind) {
                case MODEL_AND_VIEW -> "call setStatus(" + constant + ") on the ModelAndView this path returns"
                        + " (Spring 5.3.14+)";
                case REDIRECT_VIEW -> "call setStatusCode(" + constant + ") on the RedirectView this path returns";
                case NAME -> "return new ModelAndView(" + viewNameText() + ", " + constant + ") on this path, with"
                        + " ModelAndView as the handler's return type (Spring 5.3.14+)";
            };
        }

        /** The returned expression when it is a short redirect on its own, else a placeholder. */
        private String viewNameText() {
            boolean oneShortLine = returned.getRange().map(r -> r.begin.line == r.end.line).orElse(false)
                    && context.textOf(returned).length() <= 80;
            if (!oneShortLine || !alwaysRedirects.test(returned)) {
                return "\"redirect:...\"";
            }
            // ModelAndView takes a String view name: a StringBuilder (or a CharSequence) needs toString().
            return context.textOf(returned) + (isString(returned) ? "" : ".toString()");
        }

        /** True if the expression is a String as written: a literal, a concatenation, a String variable or call. */
        private boolean isString(Expression expression) {
            if (expression instanceof StringLiteralExpr || expression instanceof TextBlockLiteralExpr
                    || expression instanceof BinaryExpr) {
                return true;
            }
            if (expression instanceof MethodCallExpr call) {
                return !Set.of("append", "insert", "reverse", "replace").contains(call.getNameAsString())
                        || call.getScope().isEmpty();
            }
            if (expression instanceof ObjectCreationExpr) {
                return false;
            }
            if (expression instanceof NameExpr name) {
                return Definitions.declaredType(name, context.names(name)).map(t -> t.asString().equals("String"))
                        .orElse(true);
            }
            return true;
        }

        @Override
        public Optional<String> whyNoFix() {
            if (annotationApplies()) {
                return Optional.empty();
            }
            return kind == ReturnedView.NAME ? conversion().refusal() : Optional.empty();
        }

        @Override
        public Optional<Fix> fix(int status) {
            if (!annotationApplies()) {
                return kind == ReturnedView.NAME ? conversion().fix(status) : Optional.empty();
            }
            Edits edits = context.edits(context.handler().method());
            int start = context.source().start(context.handler().method());
            String annotation = "@" + edits.type(RESPONSE_STATUS) + "(" + edits.type(HTTP_STATUS) + "."
                    + Statuses.enumName(status) + ")";
            edits.insertAt(start, annotation + context.source().lineSeparator() + context.source().indentationAt(start));
            return Optional.of(new Fix("Annotate the handler with " + annotation + " (" + Statuses.describe(status)
                    + "; redirect views honour it since Spring 4.2)",
                    status, edits.build(), edits.file()));
        }
    }

    /** {@code new ModelAndView("redirect:/x")} becomes {@code new ModelAndView("redirect:/x", HttpStatus.SEE_OTHER)}. */
    private final class AddConstructorStatus implements Remedy {
        private final ObjectCreationExpr creation;

        AddConstructorStatus(ObjectCreationExpr creation) {
            this.creation = creation;
        }

        @Override
        public String advice(int status) {
            return "pass HttpStatus." + Statuses.enumName(status) + " to the ModelAndView constructor (Spring 5.3.14+)";
        }

        @Override
        public Optional<Fix> fix(int status) {
            Edits edits = context.edits(creation);
            Expression last = creation.getArgument(creation.getArguments().size() - 1);
            String constant = edits.type(HTTP_STATUS) + "." + Statuses.enumName(status);
            edits.insertAt(context.source(creation).end(last), ", " + constant);
            return Optional.of(new Fix("Pass " + constant + " to the ModelAndView (" + Statuses.describe(status) + ")",
                    status, edits.build(), edits.file()));
        }
    }

    /**
     * {@code new RedirectView(url)} becomes {@code new RedirectView(url, false, false)}: without HTTP 1.0
     * compatibility a RedirectView sends 303. This changes only this view, whatever else the handler
     * returns; for other statuses it defers to {@code otherwise}.
     */
    private final class Http11RedirectView implements Remedy {
        private final ObjectCreationExpr creation;
        private final Remedy otherwise;

        Http11RedirectView(ObjectCreationExpr creation, Remedy otherwise) {
            this.creation = creation;
            this.otherwise = otherwise;
        }

        @Override
        public String advice(int status) {
            if (status != 303) {
                return otherwise.advice(status);
            }
            return "construct it as " + http11Constructor() + ": a RedirectView without HTTP 1.0 compatibility sends 303";
        }

        @Override
        public Optional<Fix> fix(int status) {
            if (status != 303) {
                return otherwise.fix(status);
            }
            Edits edits = context.edits(creation);
            Expression last = creation.getArgument(creation.getArguments().size() - 1);
            edits.insertAt(context.source(creation).end(last), creation.getArguments().size() == 1 ? ", false, false" : ", false");
            return Optional.of(new Fix("Construct the RedirectView as " + http11Constructor() + " ("
                    + Statuses.describe(status) + ")", status, edits.build(), edits.file()));
        }

        private String http11Constructor() {
            String url = context.textOf(creation.getArgument(0));
            String contextRelative = creation.getArguments().size() == 2 ? context.textOf(creation.getArgument(1)) : "false";
            String text = "new RedirectView(" + url + ", " + contextRelative + ", false)";
            return text.length() <= 80 && !text.contains("\n") ? text : "new RedirectView(url, contextRelative, false)";
        }
    }

    /**
     * After the declaration of the view object adds a call that sets its status:
     * {@code view.setStatusCode(HttpStatus.SEE_OTHER);} for a RedirectView, {@code mav.setStatus(...)} for a
     * ModelAndView. Only that object gets the status, whatever else the handler returns.
     */
    private final class SetStatusAfterDeclaration implements Remedy {
        private final ExpressionStmt declaration;
        private final String variable;
        private final String setter;
        private final String what;
        private final String since;

        /**
         * @param what the object, for the fix's description: "the RedirectView's status"
         * @param since the Spring version the call needs, as a suffix such as " (Spring 5.3.14+)", or ""
         */
        SetStatusAfterDeclaration(ExpressionStmt declaration, String variable, String setter, String what,
                String since) {
            this.declaration = declaration;
            this.variable = variable;
            this.setter = setter;
            this.what = what;
            this.since = since;
        }

        @Override
        public String advice(int status) {
            return "call " + variable + "." + setter + "(HttpStatus." + Statuses.enumName(status) + ")" + since;
        }

        @Override
        public Optional<Fix> fix(int status) {
            Edits edits = context.edits(declaration);
            int end = context.source(declaration).end(declaration);
            String call = variable + "." + setter + "(" + edits.type(HTTP_STATUS) + "." + Statuses.enumName(status) + ");";
            edits.insertAt(end, context.source(declaration).lineSeparator() + context.source(declaration).indentationAt(end)
                    + call);
            return Optional.of(new Fix("Set " + what + ": " + call + " (" + Statuses.describe(status) + ")" + since,
                    status, edits.build(), edits.file()));
        }
    }
}
