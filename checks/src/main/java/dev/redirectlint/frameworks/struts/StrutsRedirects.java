package dev.redirectlint.frameworks.struts;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import dev.redirectlint.api.Fix;
import dev.redirectlint.frameworks.struts.StrutsXmlResults.XmlRedirect;
import dev.redirectlint.java.Annotations;
import dev.redirectlint.java.CallTargets;
import dev.redirectlint.java.Helpers;
import dev.redirectlint.java.Hierarchy;
import dev.redirectlint.java.ProjectTypes;
import dev.redirectlint.java.SourceFile;
import dev.redirectlint.java.StringEvaluator;
import dev.redirectlint.java.StringValue;
import dev.redirectlint.java.TypeNames;
import dev.redirectlint.model.Redirect;
import dev.redirectlint.model.Remedy;
import dev.redirectlint.redirects.HandlerContext;
import dev.redirectlint.redirects.RedirectDetector;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An action that returns the outcome of a {@code @Result(type = "redirect")} (or {@code redirectAction}):
 * Struts answers through {@code ServletRedirectResult}, whose {@code statusCode} is {@code SC_FOUND}, so
 * {@code sendRedirect} (302), unless the result's {@code params} give another {@code statusCode}. The results
 * are those of the method's {@code @Action(results = ...)} and of the class's {@code @Results}/{@code @Result},
 * and those struts.xml gives the actions of the method ({@link StrutsXmlResults}), with their status (a
 * {@code statusCode} param of 301 is reported as a 301).
 */
final class StrutsRedirects implements RedirectDetector {

    /** How deep helpers and conditionals are read. */
    private static final int MAX_DEPTH = 8;

    @Override
    public void detect(HandlerContext context, List<Redirect> found) {
        if (context.handler().framework() != StrutsTypes.FRAMEWORK || context.handler().isLambda()) {
            return;
        }
        MethodDeclaration method = context.handler().method();
        Map<String, AnnotationExpr> redirects = redirectResults(method, context.handler().type(), context.names());
        Map<String, List<XmlRedirect>> configured = configuredResults(context);
        if (redirects.isEmpty() && configured.isEmpty()) {
            return;
        }
        for (Expression returned : context.helpers().returnedExpressions(method)) {
            for (Outcome returnedOutcome : outcomes(returned, context.strings(), context, 0, new HashSet<>())) {
                String outcome = returnedOutcome.name();
                Optional<Node> helperSite = context.helperSite(returnedOutcome.origin(), returned);
                AnnotationExpr result = redirects.get(outcome);
                if (result != null) {
                    found.add(new Redirect(StrutsTypes.REDIRECT_RESULT,
                            StrutsTypes.REDIRECT_RESULT.description() + " \"" + outcome + "\"", 302, returned,
                            helperSite, result.toString(), new StatusParam(outcome)));
                    continue;
                }
                for (List<XmlRedirect> same : byStatus(configured.getOrDefault(outcome, List.of()))) {
                    int status = same.get(0).status();
                    String types = String.join(" or ", same.stream().map(XmlRedirect::type).distinct().toList());
                    String actions = String.join(",", same.stream().map(XmlRedirect::action).toList());
                    found.add(new Redirect(StrutsTypes.XML_REDIRECT_RESULT, StrutsTypes.XML_REDIRECT_RESULT.description()
                            + " \"" + outcome + "\" of type " + types + " (" + cited(same) + ")", status, returned,
                            helperSite, "struts.xml " + actions + " result " + outcome + " type " + types,
                            new XmlStatusParam(outcome, same)));
                }
            }
        }
    }

    /** The results of one outcome by the status they send, each group in the order struts.xml's results have. */
    private static List<List<XmlRedirect>> byStatus(List<XmlRedirect> redirects) {
        Map<Integer, List<XmlRedirect>> groups = new LinkedHashMap<>();
        for (XmlRedirect redirect : redirects) {
            groups.computeIfAbsent(redirect.status(), status -> new ArrayList<>()).add(redirect);
        }
        return List.copyOf(groups.values());
    }

    /**
     * The actions whose results turn the outcome into the redirect, for the message: {@code action "a", line 8 of
     * struts.xml} for one, {@code actions "a" line 8 and "b" line 20 of struts.xml} for several (each with its file
     * when they are in different files).
     */
    private static String cited(List<XmlRedirect> redirects) {
        if (redirects.size() == 1) {
            XmlRedirect only = redirects.get(0);
            return "action \"" + only.action() + "\", line " + only.line() + " of " + only.file();
        }
        boolean oneFile = redirects.stream().map(XmlRedirect::file).distinct().count() == 1;
        List<String> each = redirects.stream().map(redirect -> "\"" + redirect.action() + "\" line " + redirect.line()
                + (oneFile ? "" : " of " + redirect.file())).toList();
        return "actions " + joined(each) + (oneFile ? " of " + redirects.get(0).file() : "");
    }

    /** {@code a}, {@code a and b}, {@code a, b and c}. */
    private static String joined(List<String> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    /**
     * The results struts.xml gives the handler's method, by outcome: those of the actions that name its class and
     * this method (or a wildcard method), whose type is one of Struts' redirect results or a project class that
     * extends one and keeps its {@code sendRedirect}.
     */
    private static Map<String, List<XmlRedirect>> configuredResults(HandlerContext context) {
        Optional<StrutsXmlResults> xml = context.names().index().settings().config(StrutsXmlResults.class);
        Optional<String> actionClass = context.handler().type().getFullyQualifiedName();
        Map<String, List<XmlRedirect>> results = new LinkedHashMap<>();
        if (xml.isEmpty() || actionClass.isEmpty()) {
            return results;
        }
        for (XmlRedirect redirect : xml.get().of(actionClass.get(), context.handler().method().getNameAsString())) {
            if (redirect.builtIn() || extendsRedirectResult(redirect.resultClass(), context.names())) {
                // one finding per returned outcome and status, naming every action that redirects it
                results.computeIfAbsent(redirect.outcome(), outcome -> new ArrayList<>()).add(redirect);
            }
        }
        return results;
    }

    /**
     * A project's result class that extends {@code ServletRedirectResult} (or {@code ServletActionRedirectResult})
     * and overrides neither {@code sendRedirect}, which Struts documents as the place to send another status, nor
     * {@code doExecute}.
     */
    private static boolean extendsRedirectResult(String resultClass, TypeNames names) {
        Optional<ProjectTypes.ProjectType> found = names.index().find(resultClass);
        if (found.isEmpty() || !(found.get().declaration() instanceof ClassOrInterfaceDeclaration declared)) {
            return false;
        }
        List<Hierarchy.Supertype> chain = new ArrayList<>();
        chain.add(new Hierarchy.Supertype(declared, found.get().names()));
        chain.addAll(Hierarchy.supertypes(declared, found.get().names()));
        boolean extendsRedirect = false;
        for (Hierarchy.Supertype type : chain) {
            if (!type.declaration().getMethodsByName("sendRedirect").isEmpty()
                    || !type.declaration().getMethodsByName("doExecute").isEmpty()) {
                return false;
            }
            extendsRedirect |= type.declaration().getExtendedTypes().stream()
                    .anyMatch(extended -> type.names().isType(extended, StrutsXmlReader.REDIRECT_CLASSES));
        }
        return extendsRedirect;
    }

    /** An outcome name and the expression it is returned by (in the handler, or in a helper it calls). */
    private record Outcome(String name, Expression origin) {}

    /**
     * The outcome names a returned expression can have: {@code SUCCESS}, {@code "saved"}, a conditional of them,
     * and what the action's own helper returns ({@code return submit();}, {@code this.submit()},
     * {@code super.submit()}: a method of the class or a superclass by name and arity), read to a bounded depth.
     */
    private static List<Outcome> outcomes(Expression returned, StringEvaluator strings, HandlerContext context,
            int depth, Set<MethodDeclaration> visiting) {
        List<Outcome> outcomes = new ArrayList<>();
        if (depth > MAX_DEPTH) {
            return outcomes;
        }
        if (returned instanceof ConditionalExpr conditional) { // ok ? SUCCESS : ERROR
            outcomes.addAll(outcomes(conditional.getThenExpr(), strings, context, depth + 1, visiting));
            outcomes.addAll(outcomes(conditional.getElseExpr(), strings, context, depth + 1, visiting));
            return outcomes;
        }
        if (returned instanceof EnclosedExpr enclosed) {
            return outcomes(enclosed.getInner(), strings, context, depth + 1, visiting);
        }
        // The core resolves the call as the code runs it: on the action's class (its override, if any), or the
        // superclass's method for super.helper().
        List<MethodDeclaration> own = returned instanceof MethodCallExpr call && ownCall(call)
                ? CallTargets.of(call, context.handler().type()).stream().map(CallTargets.Target::method).toList()
                : List.of();
        if (!own.isEmpty()) { // else a static import's, or an inherited library method: the evaluator's
            for (MethodDeclaration helper : own) {
                if (visiting.add(helper)) {
                    StringEvaluator there = new StringEvaluator(SourceFile.require(helper).names(), context.helpers());
                    for (Expression inner : Helpers.returnedExpressionsOf(helper)) {
                        outcomes.addAll(outcomes(inner, there, context, depth + 1, visiting));
                    }
                    visiting.remove(helper);
                }
            }
            return outcomes;
        }
        if (returned instanceof NameExpr name && StrutsTypes.OUTCOMES.containsKey(name.getNameAsString())
                && strings.evaluate(returned).isEmpty()) {
            outcomes.add(new Outcome(StrutsTypes.OUTCOMES.get(name.getNameAsString()), returned));
        }
        for (StringValue value : strings.evaluate(returned)) {
            if (value.complete()) {
                outcomes.add(new Outcome(value.text(), returned));
            }
        }
        return outcomes;
    }

    /** {@code helper()}, {@code this.helper()} or {@code super.helper()}: a method of the action's class. */
    private static boolean ownCall(MethodCallExpr call) {
        return call.getScope().map(scope -> scope.isThisExpr() || scope.isSuperExpr()).orElse(true);
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

    /**
     * The fix is a param of the struts.xml result, or of each of the results when several actions redirect the
     * outcome; the advice says where. A result several actions share (a package's global result) is named once.
     */
    private record XmlStatusParam(String outcome, List<XmlRedirect> redirects) implements Remedy {
        @Override
        public String advice(int status) {
            Map<String, List<String>> results = new LinkedHashMap<>(); // where the result is: the actions using it
            for (XmlRedirect redirect : redirects) {
                results.computeIfAbsent("line " + redirect.line() + " of " + redirect.file(), where -> new ArrayList<>())
                        .add("\"" + redirect.action() + "\"");
            }
            List<String> each = new ArrayList<>();
            results.forEach((where, actions) -> each.add(String.join(", ", actions) + " (" + where + ")"));
            String param = "add <param name=\"statusCode\">" + status + "</param> to ";
            if (each.size() == 1) {
                List<String> actions = results.values().iterator().next();
                return param + "the result \"" + outcome + "\" of action" + (actions.size() == 1 ? " " : "s ")
                        + each.get(0);
            }
            return param + "each of the results \"" + outcome + "\" of actions " + joined(each);
        }

        @Override
        public Optional<Fix> fix(int status) {
            return Optional.empty();
        }
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
