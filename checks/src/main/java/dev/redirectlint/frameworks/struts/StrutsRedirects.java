package dev.redirectlint.frameworks.struts;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import dev.redirectlint.api.Fix;
import dev.redirectlint.java.Annotations;
import dev.redirectlint.java.StringValue;
import dev.redirectlint.java.TypeNames;
import dev.redirectlint.model.Redirect;
import dev.redirectlint.model.Remedy;
import dev.redirectlint.redirects.HandlerContext;
import dev.redirectlint.redirects.RedirectDetector;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An action that returns the outcome of a {@code @Result(type = "redirect")} (or {@code redirectAction}):
 * Struts answers through {@code ServletRedirectResult}, whose {@code statusCode} is {@code SC_FOUND}, so
 * {@code sendRedirect} (302), unless the result's {@code params} give another {@code statusCode}. The results
 * are those of the method's {@code @Action(results = ...)} and of the class's {@code @Results}/{@code @Result}.
 */
final class StrutsRedirects implements RedirectDetector {

    @Override
    public void detect(HandlerContext context, List<Redirect> found) {
        if (context.handler().framework() != StrutsTypes.FRAMEWORK || context.handler().isLambda()) {
            return;
        }
        MethodDeclaration method = context.handler().method();
        Map<String, AnnotationExpr> redirects = redirectResults(method, context.handler().type(), context.names());
        if (redirects.isEmpty()) {
            return;
        }
        for (Expression returned : context.helpers().returnedExpressions(method)) {
            for (String outcome : outcomes(returned, context)) {
                AnnotationExpr result = redirects.get(outcome);
                if (result != null) {
                    found.add(new Redirect(StrutsTypes.REDIRECT_RESULT,
                            StrutsTypes.REDIRECT_RESULT.description() + " \"" + outcome + "\"", 302, returned,
                            Optional.empty(), result.toString(), new StatusParam(outcome)));
                }
            }
        }
    }

    /** The outcome names a returned expression can have: {@code SUCCESS}, {@code "saved"}. */
    private static List<String> outcomes(Expression returned, HandlerContext context) {
        List<String> outcomes = new ArrayList<>();
        if (returned instanceof ConditionalExpr conditional) { // ok ? SUCCESS : ERROR
            outcomes.addAll(outcomes(conditional.getThenExpr(), context));
            outcomes.addAll(outcomes(conditional.getElseExpr(), context));
            return outcomes;
        }
        if (returned instanceof EnclosedExpr enclosed) {
            return outcomes(enclosed.getInner(), context);
        }
        if (returned instanceof NameExpr name && StrutsTypes.OUTCOMES.containsKey(name.getNameAsString())
                && context.strings().evaluate(returned).isEmpty()) {
            outcomes.add(StrutsTypes.OUTCOMES.get(name.getNameAsString()));
        }
        for (StringValue value : context.strings().evaluate(returned)) {
            if (value.complete()) {
                outcomes.add(value.text());
            }
        }
        return outcomes;
    }

    /** The redirect results that apply to the method, by outcome name ({@code success} when none is given). */
    private static Map<String, AnnotationExpr> redirectResults(MethodDeclaration method, TypeDeclaration<?> type,
            TypeNames names) {
        List<AnnotationExpr> results = new ArrayList<>();
        Annotations.find(method, StrutsTypes.ACTION, names).flatMap(action -> Annotations.attribute(action, "results"))
                .ifPresent(value -> collect(value, results));
        Annotations.find(type, StrutsTypes.RESULTS, names).flatMap(all -> Annotations.attribute(all, "value"))
                .ifPresent(value -> collect(value, results));
        Annotations.find(type, StrutsTypes.RESULT, names).ifPresent(results::add);
        Map<String, AnnotationExpr> redirects = new LinkedHashMap<>();
        for (AnnotationExpr result : results) {
            String kind = text(result, "type").orElse("dispatcher");
            if (StrutsTypes.REDIRECT_TYPES.contains(kind) && !setsStatusCode(result)) {
                redirects.putIfAbsent(text(result, "name").orElse("success"), result);
            }
        }
        return redirects;
    }

    private static void collect(Expression value, List<AnnotationExpr> results) {
        Annotations.elements(value).stream().filter(AnnotationExpr.class::isInstance).map(AnnotationExpr.class::cast)
                .forEach(results::add); // results = @Result(...) or results = {@Result(...), ...}
    }

    private static Optional<String> text(AnnotationExpr annotation, String attribute) {
        return Annotations.attribute(annotation, attribute).filter(StringLiteralExpr.class::isInstance)
                .map(value -> ((StringLiteralExpr) value).asString());
    }

    /** {@code params = {"statusCode", "303"}}: any statusCode but 302 makes it another status. */
    private static boolean setsStatusCode(AnnotationExpr result) {
        Optional<Expression> params = Annotations.attribute(result, "params");
        if (params.isEmpty() || !(params.get() instanceof ArrayInitializerExpr array)) {
            return false;
        }
        List<Expression> values = array.getValues();
        for (int i = 0; i + 1 < values.size(); i += 2) {
            if (values.get(i) instanceof StringLiteralExpr key && key.asString().equals("statusCode")) {
                return !(values.get(i + 1) instanceof StringLiteralExpr code && code.asString().trim().equals("302"));
            }
        }
        return false;
    }

    /** The fix is a parameter of the result; the advice says which. */
    private record StatusParam(String outcome) implements Remedy {
        @Override
        public String advice(int status) {
            return "add params = {\"statusCode\", \"" + status + "\"} to the @Result named \"" + outcome + "\"";
        }

        @Override
        public Optional<Fix> fix(int status) {
            return Optional.empty();
        }
    }
}
