package dev.redirectlint.frameworks.spring;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SwitchExpr;
import com.github.javaparser.ast.stmt.LocalClassDeclarationStmt;
import com.github.javaparser.ast.stmt.LocalRecordDeclarationStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.redirectlint.api.Fix;
import dev.redirectlint.fix.Edits;
import dev.redirectlint.fix.Statuses;
import dev.redirectlint.java.StringValue;
import dev.redirectlint.java.SwitchValues;
import dev.redirectlint.redirects.HandlerContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The fix of a form handler: a {@code String} handler that renders a view on some paths and redirects on
 * others. {@code @ResponseStatus} would change the rendered pages too, so the handler returns a
 * {@code ModelAndView} instead: every {@code return "view"} becomes {@code return new ModelAndView("view")},
 * every redirect {@code return new ModelAndView("redirect:...", HttpStatus.SEE_OTHER)}, and a ternary or a
 * switch expression is split into its results. {@code return null} becomes {@code new ModelAndView()}: a
 * {@code null} ModelAndView would mean "response handled", while a {@code null} view name means the default
 * view, which an empty ModelAndView gets too.
 *
 * <p>For Spring the two are the same request: the view name and the redirect-model scenario are set the
 * same way ({@code ViewNameMethodReturnValueHandler} and {@code ModelAndViewMethodReturnValueHandler}), the
 * handler's {@code Model} and {@code RedirectAttributes} are merged in {@code RequestMappingHandlerAdapter
 * .getModelAndView} either way, and only the status differs, which {@code DispatcherServlet.render} hands
 * to the redirect view since Spring 5.3.14.
 *
 * <p>Refused, with the reason: a return type other than {@code String}; an overriding, abstract or
 * interface method (the signature is not the handler's own to change); a return whose value is a redirect
 * on some paths only, through a helper, so no edit at the return can tell them apart; and Spring older
 * than 5.3.14. The fix names the method it changes ({@link Fix#changesReturnTypeOf()}), so that whoever
 * applies it first makes sure no other code calls or overrides it.
 */
final class ModelAndViewConversion {

    static final String MODEL_AND_VIEW = "org.springframework.web.servlet.ModelAndView";
    private static final String HTTP_STATUS = "org.springframework.http.HttpStatus";
    private static final String REDIRECT_PREFIX = "redirect:";

    private final HandlerContext context;
    private final Predicate<Expression> alwaysRedirects;
    private Optional<String> refusal;

    ModelAndViewConversion(HandlerContext context, Predicate<Expression> alwaysRedirects) {
        this.context = context;
        this.alwaysRedirects = alwaysRedirects;
    }

    /** Why the handler cannot be converted, or empty if it can; worked out once, asked per status and finding. */
    Optional<String> refusal() {
        if (refusal == null) {
            refusal = findRefusal();
        }
        return refusal;
    }

    private Optional<String> findRefusal() {
        MethodDeclaration method = context.handler().method();
        if (!(method.getType() instanceof ClassOrInterfaceType type) || !type.getNameAsString().equals("String")) {
            return Optional.of("the handler does not return String");
        }
        if (method.getBody().isEmpty() || method.isAbstract()) {
            return Optional.of("the handler has no body here");
        }
        if (method.isAnnotationPresent("Override")) {
            return Optional.of("the handler overrides a method, whose return type it cannot change alone");
        }
        if (method.getParentNode().filter(ClassOrInterfaceDeclaration.class::isInstance)
                .map(ClassOrInterfaceDeclaration.class::cast).filter(ClassOrInterfaceDeclaration::isInterface).isPresent()) {
            return Optional.of("the handler is declared in an interface");
        }
        if (context.handler().isInherited()) {
            return Optional.of("the handler is inherited from a base class that other controllers may share");
        }
        if (!SpringHome.modelAndViewStatus(context.libraries())) {
            return Optional.of("the build uses a spring-webmvc older than 5.3.14, which ignores a ModelAndView's"
                    + " status on redirects");
        }
        for (Expression returned : returns(method)) {
            Optional<String> mixed = mixed(returned);
            if (mixed.isPresent()) {
                return mixed;
            }
        }
        return Optional.empty();
    }

    Optional<Fix> fix(int status) {
        if (refusal().isPresent()) {
            return Optional.empty();
        }
        MethodDeclaration method = context.handler().method();
        Edits edits = context.edits(method);
        String modelAndView = edits.type(MODEL_AND_VIEW);
        String constant = edits.type(HTTP_STATUS) + "." + Statuses.enumName(status);
        edits.replace(method.getType(), modelAndView);
        for (Expression returned : returns(method)) {
            wrap(returned, edits, modelAndView, constant);
        }
        String description = "Return a ModelAndView: its redirects with " + constant + " ("
                + Statuses.describe(status) + "), the pages it renders as before (Spring 5.3.14+)";
        return Optional.of(new Fix(description, status, edits.build(), edits.file(), signature(method)));
    }

    /** Rewrites one returned value, splitting ternaries and switch expressions into their results. */
    private void wrap(Expression value, Edits edits, String modelAndView, String constant) {
        Expression inner = unwrap(value);
        if (inner instanceof ConditionalExpr conditional) {
            wrap(conditional.getThenExpr(), edits, modelAndView, constant);
            wrap(conditional.getElseExpr(), edits, modelAndView, constant);
            return;
        }
        if (inner instanceof SwitchExpr switchExpr) {
            SwitchValues.of(switchExpr).forEach(result -> wrap(result, edits, modelAndView, constant));
            return;
        }
        if (inner instanceof NullLiteralExpr) {
            edits.replace(value, "new " + modelAndView + "()");
            return;
        }
        String text = context.source(value).textOf(value);
        edits.replace(value, alwaysRedirects.test(inner)
                ? "new " + modelAndView + "(" + text + ", " + constant + ")"
                : "new " + modelAndView + "(" + text + ")");
    }

    /** Why a returned value cannot be rewritten at the return: it redirects on some of its paths only. */
    private Optional<String> mixed(Expression value) {
        Expression inner = unwrap(value);
        if (inner instanceof ConditionalExpr conditional) {
            return mixed(conditional.getThenExpr()).or(() -> mixed(conditional.getElseExpr()));
        }
        if (inner instanceof SwitchExpr switchExpr) {
            return SwitchValues.of(switchExpr).stream().map(this::mixed).flatMap(Optional::stream).findFirst();
        }
        if (alwaysRedirects.test(inner)) {
            return Optional.empty();
        }
        List<StringValue> values = context.strings().evaluate(inner);
        if (values.stream().anyMatch(v -> v.startsWith(REDIRECT_PREFIX))) {
            int line = inner.getBegin().map(p -> p.line).orElse(0);
            return Optional.of("the value returned at line " + line + " (" + shortText(inner) + ") is a redirect on some"
                    + " paths only; return a ModelAndView with the status where that value is made");
        }
        return Optional.empty(); // never a redirect, as far as can be told: wrapped as it is, it behaves as before
    }

    private String shortText(Expression expression) {
        String text = context.source(expression).textOf(expression).replaceAll("\\s+", " ");
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }

    private static Expression unwrap(Expression expression) {
        Expression inner = expression;
        while (inner instanceof EnclosedExpr enclosed) {
            inner = enclosed.getInner();
        }
        return inner;
    }

    /** The values the method itself returns: not those of lambdas, anonymous or local classes inside it. */
    static List<Expression> returns(MethodDeclaration method) {
        List<Expression> values = new ArrayList<>();
        method.getBody().ifPresent(body -> collect(body, values));
        return values;
    }

    private static void collect(Node node, List<Expression> values) {
        for (Node child : node.getChildNodes()) {
            if (child instanceof LambdaExpr || child instanceof LocalClassDeclarationStmt
                    || child instanceof LocalRecordDeclarationStmt || child instanceof TypeDeclaration<?>
                    || child instanceof ObjectCreationExpr creation && creation.getAnonymousClassBody().isPresent()) {
                continue;
            }
            if (child instanceof ReturnStmt ret) {
                ret.getExpression().ifPresent(values::add);
                continue;
            }
            collect(child, values);
        }
    }

    private String signature(MethodDeclaration method) {
        String type = context.handler().declaringType().getFullyQualifiedName()
                .orElse(context.handler().declaringType().getNameAsString());
        return type + "#" + method.getNameAsString() + "/" + method.getParameters().size();
    }
}
