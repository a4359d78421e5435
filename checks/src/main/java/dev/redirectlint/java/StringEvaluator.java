package dev.redirectlint.java;

import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.SwitchExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import dev.redirectlint.java.Definitions.Definition;
import dev.redirectlint.java.Definitions.Field;
import dev.redirectlint.java.Definitions.Local;
import dev.redirectlint.java.Definitions.Param;
import dev.redirectlint.java.Definitions.StaticImport;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Works out the strings an expression may evaluate to, enough to tell a {@code "redirect:"} view
 * name: literals, text blocks, concatenation, ternaries, switch expressions, locals, final fields,
 * library constants, {@code String.format}/{@code formatted}/{@code concat}/{@code valueOf}, and project
 * helper methods (followed through their return statements, recursion-safe, with what the call passes
 * for their parameters).
 */
public final class StringEvaluator {

    private static final int MAX_DEPTH = 24;
    /** {@code String.valueOf(x)} and {@code Objects.toString(x)}: the text of {@code x}. */
    private static final Set<String> VALUE_OF = Set.of("valueOf", "toString");
    private static final Set<String> VALUE_OF_OWNERS = Set.of("String", "Objects");
    private static final Set<String> BUILDERS = Set.of("StringBuilder", "StringBuffer", "String");
    /** Wrappers whose value is their argument: Optional's, and Reactor's {@code Mono.just(x)}. */
    private static final Set<String> OPTIONAL_VALUES = Set.of("of", "ofNullable", "orElse", "orElseGet", "map", "flatMap",
            "just");

    /** At most this many alternatives are kept when the elements of a join combine. */
    private static final int MAX_ALTERNATIVES = 16;

    private final TypeNames names;
    private final Helpers helpers;
    private final Arguments arguments;

    public StringEvaluator(TypeNames names, Helpers helpers) {
        this(names, helpers, Arguments.NONE);
    }

    private StringEvaluator(TypeNames names, Helpers helpers, Arguments arguments) {
        this.names = names;
        this.helpers = helpers;
        this.arguments = arguments;
    }

    public List<StringValue> evaluate(Expression expression) {
        return evaluate(expression, 0, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private List<StringValue> evaluate(Expression expression, int depth, Set<MethodDeclaration> visiting) {
        if (depth > MAX_DEPTH) {
            return List.of();
        }
        if (expression instanceof StringLiteralExpr literal) {
            return List.of(new StringValue(literal.asString(), true, literal, Optional.empty()));
        }
        if (expression instanceof TextBlockLiteralExpr block) {
            return List.of(new StringValue(block.asString(), true, block, Optional.empty()));
        }
        if (expression instanceof EnclosedExpr enclosed) {
            return evaluate(enclosed.getInner(), depth + 1, visiting);
        }
        if (expression instanceof CastExpr cast) {
            return evaluate(cast.getExpression(), depth + 1, visiting);
        }
        if (expression instanceof BinaryExpr binary && binary.getOperator() == BinaryExpr.Operator.PLUS) {
            return concat(evaluate(binary.getLeft(), depth + 1, visiting),
                    evaluate(binary.getRight(), depth + 1, visiting));
        }
        if (expression instanceof ConditionalExpr conditional) {
            List<StringValue> values = new ArrayList<>(evaluate(conditional.getThenExpr(), depth + 1, visiting));
            values.addAll(evaluate(conditional.getElseExpr(), depth + 1, visiting));
            return values;
        }
        if (expression instanceof SwitchExpr switchExpr) {
            List<StringValue> values = new ArrayList<>();
            SwitchValues.of(switchExpr).forEach(value -> values.addAll(evaluate(value, depth + 1, visiting)));
            return values;
        }
        if (expression instanceof NameExpr name) {
            return Definitions.of(name, names).map(def -> fromName(name, def, depth, visiting)).orElse(List.of());
        }
        if (expression instanceof ArrayAccessExpr access) {
            return element(access);
        }
        if (expression instanceof FieldAccessExpr access) {
            return fromFieldAccess(access, depth, visiting);
        }
        if (expression instanceof MethodCallExpr call) {
            return fromCall(call, depth, visiting);
        }
        if (expression instanceof ObjectCreationExpr creation && BUILDERS.contains(creation.getType().getNameAsString())) {
            if (creation.getArguments().isEmpty()) {
                return List.of(new StringValue("", true, creation, Optional.empty()));
            }
            return evaluate(creation.getArgument(0), depth + 1, visiting);
        }
        return List.of();
    }

    /** The values a lambda (or method reference) passed to {@code map}, {@code orElseGet} and the like returns. */
    private List<StringValue> lambdaResults(Expression function, int depth, Set<MethodDeclaration> visiting) {
        if (!(function instanceof LambdaExpr lambda)) {
            return List.of();
        }
        if (lambda.getExpressionBody().isPresent()) {
            return evaluate(lambda.getExpressionBody().get(), depth + 1, visiting);
        }
        List<StringValue> values = new ArrayList<>();
        lambda.getBody().findAll(ReturnStmt.class).stream()
                .filter(stmt -> stmt.findAncestor(LambdaExpr.class).filter(l -> l == lambda).isPresent())
                .forEach(stmt -> stmt.getExpression().ifPresent(e -> values.addAll(evaluate(e, depth + 1, visiting))));
        return values;
    }

    private List<StringValue> fromName(NameExpr name, Definition def, int depth, Set<MethodDeclaration> visiting) {
        if (def instanceof Param param) {
            return arguments.value(param.parameter()).orElse(List.of());
        }
        if (def instanceof Local local && BUILDERS.contains(local.type().asString())) {
            List<StringValue> initial = new ArrayList<>();
            local.values().forEach(value -> initial.addAll(evaluate(value, depth + 1, visiting)));
            return builderValues(name, initial, depth, visiting);
        }
        return fromDefinition(def, depth, visiting);
    }

    /** {@code parts[0]} of a varargs parameter the call passed element by element. */
    private List<StringValue> element(ArrayAccessExpr access) {
        if (access.getName() instanceof NameExpr array && access.getIndex() instanceof IntegerLiteralExpr index
                && Definitions.of(array, names).orElse(null) instanceof Param param) {
            int i = index.asNumber().intValue();
            return arguments.elements(param.parameter())
                    .filter(elements -> i < elements.size())
                    .map(elements -> elements.get(i))
                    .orElse(List.of());
        }
        return List.of();
    }

    /**
     * A builder's text: its initial value, then what the first append on each path adds (see
     * {@link BuilderAppends}); the end is not known. A loop {@code for (T part : parts) sb.append(part)} over
     * a helper's varargs appends the elements one after the other, null literals left out (the usual
     * {@code joinString(T... parts)}).
     */
    private List<StringValue> builderValues(NameExpr builder, List<StringValue> initial, int depth,
            Set<MethodDeclaration> visiting) {
        Optional<BuilderAppends.First> first = declarationOf(builder).flatMap(BuilderAppends::of);
        List<List<StringValue>> continuations = new ArrayList<>();
        boolean mayStop = first.isEmpty() || first.get().mayBeNone();
        for (MethodCallExpr append : first.map(BuilderAppends.First::first).orElse(List.of())) {
            List<StringValue> next = joinedElements(append);
            if (next.isEmpty()) {
                next = evaluate(append.getArgument(0), depth + 1, visiting);
            }
            mayStop |= next.isEmpty();
            continuations.add(next);
        }
        List<StringValue> values = new ArrayList<>();
        for (StringValue start : initial) {
            if (mayStop || !start.complete()) {
                values.add(start.truncated());
            }
            if (start.complete()) {
                continuations.forEach(next -> next.forEach(text -> values.add(join(start, text))));
            }
        }
        return values.size() > MAX_ALTERNATIVES ? values.subList(0, MAX_ALTERNATIVES) : values;
    }

    private static Optional<VariableDeclarator> declarationOf(NameExpr local) {
        return local.findAncestor(CallableDeclaration.class).flatMap(callable -> callable.findAll(VariableDeclarator.class)
                .stream().filter(v -> v.getNameAsString().equals(local.getNameAsString())).findFirst());
    }

    /**
     * What {@code sb.append(part)} adds in {@code for (T part : parts)} over a varargs parameter the call passed
     * element by element: the elements one after the other. Empty for any other append.
     */
    private List<StringValue> joinedElements(MethodCallExpr append) {
        Optional<ForEachStmt> loop = append.findAncestor(ForEachStmt.class);
        if (loop.isEmpty() || !(append.getArgument(0) instanceof NameExpr appended)
                || !appended.getNameAsString().equals(loop.get().getVariableDeclarator().getNameAsString())
                || !(loop.get().getIterable() instanceof NameExpr iterable)
                || !(Definitions.of(iterable, names).orElse(null) instanceof Param param)) {
            return List.of();
        }
        Optional<List<List<StringValue>>> elements = arguments.elements(param.parameter());
        if (elements.isEmpty()) {
            return List.of();
        }
        List<StringValue> joined = null;
        for (int i = 0; i < elements.get().size() && (joined == null || !joined.isEmpty() && joined.get(0).complete()); i++) {
            if (!arguments.isNullElement(param.parameter(), i)) {
                List<StringValue> next = joined == null ? elements.get().get(i) : concat(joined, elements.get().get(i));
                joined = next.size() > MAX_ALTERNATIVES ? next.subList(0, MAX_ALTERNATIVES) : next;
            }
        }
        return joined == null ? List.of() : joined.stream().map(StringValue::truncated).toList();
    }

    /** A builder's initial text followed by what is appended; the origin is the first text that has one. */
    private static StringValue join(StringValue initial, StringValue appended) {
        Expression origin = initial.text().isEmpty() && appended.origin() != null ? appended.origin() : initial.origin();
        Optional<MethodCallExpr> via = initial.text().isEmpty() ? appended.viaHelper() : initial.viaHelper();
        return new StringValue(initial.text() + appended.text(), false, origin, via);
    }

    private List<StringValue> fromDefinition(Definition def, int depth, Set<MethodDeclaration> visiting) {
        if (def instanceof Local local) {
            List<StringValue> values = new ArrayList<>();
            local.values().forEach(value -> values.addAll(evaluate(value, depth + 1, visiting)));
            return values;
        }
        if (def instanceof Field field) {
            List<StringValue> values = new ArrayList<>();
            field.values().forEach(value -> values.addAll(evaluate(value, depth + 1, visiting)));
            return values;
        }
        if (def instanceof StaticImport imported) {
            List<StringValue> library = libraryConstant(imported.qualifiedMember(), null);
            if (!library.isEmpty()) {
                return library;
            }
            return names.staticImportOwner(imported.qualifiedMember())
                    .map(owner -> projectConstant(owner, TypeNames.simpleName(imported.qualifiedMember()), depth))
                    .orElse(List.of());
        }
        return List.of();
    }

    private List<StringValue> fromFieldAccess(FieldAccessExpr access, int depth, Set<MethodDeclaration> visiting) {
        Optional<String> member = names.resolveStaticField(access);
        if (member.isPresent()) {
            List<StringValue> library = libraryConstant(member.get(), access);
            if (!library.isEmpty()) {
                return library;
            }
            // an imported project class's constant (Views.ORDERS with import shop.web.Views)
            return names.staticImportOwner(member.get())
                    .map(owner -> projectConstant(owner, access.getNameAsString(), depth))
                    .orElse(List.of());
        }
        if (access.getScope() instanceof NameExpr || access.getScope() instanceof FieldAccessExpr) {
            String scope = access.getScope().toString();
            Optional<Field> local = Definitions.sameFileField(scope, access.getNameAsString(), names);
            if (local.isPresent()) {
                return local.filter(Field::isFinal)
                        .flatMap(field -> field.variable().getInitializer())
                        .map(init -> evaluate(init, depth + 1, visiting))
                        .orElse(List.of());
            }
            return names.projectType(scope)
                    .map(owner -> projectConstant(owner, access.getNameAsString(), depth))
                    .orElse(List.of());
        }
        if (access.getScope().isThisExpr()) {
            return Definitions.enclosingField(access, access.getNameAsString())
                    .map(field -> fromDefinition(field, depth, visiting))
                    .orElse(List.of());
        }
        return List.of();
    }

    /** A final field of a type in another file, read with that file's names. */
    private static List<StringValue> projectConstant(ProjectTypes.ProjectType owner, String field, int depth) {
        StringEvaluator there = new StringEvaluator(owner.names(), new Helpers(owner.declaration()));
        // (a constant's initializer calls no instance method, so the class it runs on does not matter)
        return Definitions.fieldOf(owner.declaration(), field)
                .filter(Field::isFinal)
                .flatMap(f -> f.variable().getInitializer())
                .map(init -> there.evaluate(init, depth + 1, Collections.newSetFromMap(new IdentityHashMap<>())))
                .orElse(List.of());
    }

    private List<StringValue> libraryConstant(String member, FieldAccessExpr origin) {
        return StringConstants.valueOf(member)
                .map(value -> List.of(new StringValue(value, true, origin, Optional.empty())))
                .orElse(List.of());
    }

    private List<StringValue> fromCall(MethodCallExpr call, int depth, Set<MethodDeclaration> visiting) {
        String method = call.getNameAsString();
        Optional<Expression> scope = call.getScope();
        if (method.equals("format") && scope.isPresent() && !call.getArguments().isEmpty()) {
            // String.format, MessageFormat.format and the many StringUtils.format("redirect:{}", url):
            // what precedes the first placeholder is known.
            return formatPrefix(evaluate(call.getArgument(0), depth + 1, visiting));
        }
        if (method.equals("formatted") && scope.isPresent()) {
            return formatPrefix(evaluate(scope.get(), depth + 1, visiting));
        }
        if ((method.equals("toString") || method.equals("intern")) && scope.isPresent() && call.getArguments().isEmpty()) {
            return evaluate(scope.get(), depth + 1, visiting);
        }
        if (method.equals("append") && scope.isPresent() && call.getArguments().size() == 1) {
            return concat(evaluate(scope.get(), depth + 1, visiting), evaluate(call.getArgument(0), depth + 1, visiting));
        }
        if (OPTIONAL_VALUES.contains(method) && call.getArguments().size() == 1) {
            // Optional.of(x), opt.orElse(x), opt.map(v -> x), opt.orElseGet(() -> x): x, and what opt holds.
            List<StringValue> values = new ArrayList<>(evaluate(call.getArgument(0), depth + 1, visiting));
            values.addAll(lambdaResults(call.getArgument(0), depth, visiting));
            if (!method.equals("map") && !method.equals("flatMap") && scope.isPresent()) {
                values.addAll(evaluate(scope.get(), depth + 1, visiting));
            }
            return values;
        }
        if (method.equals("concat") && scope.isPresent() && call.getArguments().size() == 1) {
            return concat(evaluate(scope.get(), depth + 1, visiting),
                    evaluate(call.getArgument(0), depth + 1, visiting));
        }
        if (VALUE_OF.contains(method) && call.getArguments().size() == 1
                && scope.filter(s -> s instanceof NameExpr n && VALUE_OF_OWNERS.contains(n.getNameAsString())).isPresent()) {
            return evaluate(call.getArgument(0), depth + 1, visiting);
        }
        List<StringValue> values = new ArrayList<>();
        // A helper that cannot make a redirect string by itself may still pass on one its arguments carry.
        Map<Expression, List<StringValue>> passed = new IdentityHashMap<>();
        call.getArguments().forEach(argument -> passed.put(argument, evaluate(argument, depth + 1, visiting)));
        boolean argumentsCarryText = passed.values().stream().anyMatch(text -> !text.isEmpty());
        for (CallTargets.Target target : argumentsCarryText ? helpers.unprunedTargets(call) : helpers.targets(call)) {
            MethodDeclaration helper = target.method();
            if (visiting.add(helper)) {
                Arguments bound = Arguments.of(call, helper, passed::get);
                StringEvaluator there = new StringEvaluator(target.file().names(), helpers.on(target.dispatch()), bound);
                // A value whose text the call's own arguments supply is written here, not in the helper.
                Helpers.returnedExpressionsOf(helper).forEach(returned -> there.evaluate(returned, depth + 1, visiting)
                        .forEach(v -> values.add(suppliedBy(call, v) ? v : v.through(call))));
                visiting.remove(helper);
            }
        }
        return values;
    }

    private static boolean suppliedBy(MethodCallExpr call, StringValue value) {
        return value.origin() != null && value.viaHelper().isEmpty()
                && call.getArguments().stream().anyMatch(argument -> argument.isAncestorOf(value.origin()));
    }

    private static List<StringValue> formatPrefix(List<StringValue> formats) {
        List<StringValue> values = new ArrayList<>();
        for (StringValue format : formats) {
            int placeholder = firstPlaceholder(format.text());
            values.add(placeholder < 0 ? format
                    : new StringValue(format.text().substring(0, placeholder), false, format.origin(), format.viaHelper()));
        }
        return values;
    }

    /** Where a {@code %s}, {@code {0}} or {@code {}} placeholder starts, or -1. */
    private static int firstPlaceholder(String format) {
        int percent = format.indexOf('%');
        int brace = format.indexOf('{');
        return percent < 0 ? brace : brace < 0 ? percent : Math.min(percent, brace);
    }

    private static List<StringValue> concat(List<StringValue> left, List<StringValue> right) {
        List<StringValue> values = new ArrayList<>();
        for (StringValue l : left) {
            if (!l.complete() || right.isEmpty()) {
                values.add(l.truncated());
            } else {
                right.forEach(r -> values.add(l.append(r)));
            }
        }
        return values;
    }
}
