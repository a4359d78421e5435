package dev.redirectlint.java;

import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.SwitchExpr;
import dev.redirectlint.java.Definitions.Definition;
import dev.redirectlint.java.Definitions.Field;
import dev.redirectlint.java.Definitions.Local;
import dev.redirectlint.java.Definitions.StaticImport;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Works out which HTTP status an expression denotes: literals, library constants (through imports,
 * static imports and qualified names), {@code valueOf}/{@code value()} conversions, and locals or
 * final fields that hold one. Anything else is unknown, and unknown never produces a finding.
 */
public final class StatusEvaluator {

    private static final int MAX_DEPTH = 8;
    private static final Set<String> CONVERSIONS = Set.of("value", "getStatusCode", "code", "getCode", "intValue");
    private static final Set<String> FACTORIES = Set.of("valueOf", "fromStatusCode", "resolve");

    private final TypeNames names;

    public StatusEvaluator(TypeNames names) {
        this.names = names;
    }

    public Optional<StatusValue> evaluate(Expression expression) {
        return evaluate(expression, 0);
    }

    private Optional<StatusValue> evaluate(Expression expression, int depth) {
        if (depth > MAX_DEPTH) {
            return Optional.empty();
        }
        if (expression instanceof IntegerLiteralExpr literal) {
            return literal.asNumber() instanceof Integer code
                    ? Optional.of(new StatusValue(code, literal, Optional.empty()))
                    : Optional.empty();
        }
        if (expression instanceof EnclosedExpr enclosed) {
            return evaluate(enclosed.getInner(), depth + 1);
        }
        if (expression instanceof CastExpr cast) {
            return evaluate(cast.getExpression(), depth + 1);
        }
        if (expression instanceof ConditionalExpr conditional) {
            return onSomePath(evaluate(conditional.getThenExpr(), depth + 1),
                    evaluate(conditional.getElseExpr(), depth + 1));
        }
        if (expression instanceof SwitchExpr switchExpr) {
            return onSomePath(SwitchValues.of(switchExpr), depth);
        }
        if (expression instanceof FieldAccessExpr access) {
            Optional<StatusValue> constant = names.resolveStaticField(access)
                    .flatMap(member -> constant(member, access));
            if (constant.isPresent()) {
                return constant;
            }
            if (access.getScope() instanceof NameExpr || access.getScope() instanceof FieldAccessExpr) {
                String scope = access.getScope().toString();
                Optional<Field> local = Definitions.sameFileField(scope, access.getNameAsString(), names);
                if (local.isPresent()) {
                    return local.filter(Field::isFinal)
                            .flatMap(field -> field.variable().getInitializer())
                            .flatMap(init -> evaluate(init, depth + 1));
                }
                return names.projectType(scope).flatMap(owner -> projectConstant(owner, access.getNameAsString(), depth));
            }
            return Optional.empty();
        }
        if (expression instanceof NameExpr name) {
            return Definitions.of(name, names).flatMap(def -> fromDefinition(def, name, depth));
        }
        if (expression instanceof MethodCallExpr call) {
            return fromCall(call, depth);
        }
        return Optional.empty();
    }

    /** A final field of a project type in another file ({@code Statuses.MOVED}), read with that file's names. */
    private static Optional<StatusValue> projectConstant(ProjectTypes.ProjectType owner, String field, int depth) {
        return Definitions.fieldOf(owner.declaration(), field)
                .filter(Field::isFinal)
                .flatMap(f -> f.variable().getInitializer())
                .flatMap(init -> new StatusEvaluator(owner.names()).evaluate(init, depth + 1));
    }

    /**
     * For {@code ok ? 302 : 303}: the status that matters most on some path, a 302 before a 301 before
     * another redirect before anything else, so a 302 any path can send is found (and fixed where it
     * is written).
     */
    private static Optional<StatusValue> onSomePath(Optional<StatusValue> first, Optional<StatusValue> second) {
        if (first.isEmpty() || second.isEmpty()) {
            return first.isPresent() ? first : second;
        }
        return rank(second.get().code()) < rank(first.get().code()) ? second : first;
    }

    /**
     * Of several values, the one that matters most on some path; empty if any cannot be read, since a
     * status we cannot read may be anything and must not be reported as what the others are.
     */
    private Optional<StatusValue> onSomePath(java.util.List<Expression> values, int depth) {
        Optional<StatusValue> best = Optional.empty();
        for (Expression value : values) {
            Optional<StatusValue> status = evaluate(value, depth + 1);
            if (status.isEmpty()) {
                return Optional.empty();
            }
            best = onSomePath(best, status);
        }
        return best;
    }

    private static int rank(int code) {
        return code == 302 ? 0 : code == 301 ? 1 : code >= 300 && code < 400 ? 2 : 3;
    }

    private Optional<StatusValue> fromDefinition(Definition def, NameExpr name, int depth) {
        if (def instanceof StaticImport imported) {
            Optional<StatusValue> library = constant(imported.qualifiedMember(), name);
            if (library.isPresent()) {
                return library;
            }
            return names.staticImportOwner(imported.qualifiedMember()).flatMap(owner ->
                    projectConstant(owner, TypeNames.simpleName(imported.qualifiedMember()), depth));
        }
        if (def instanceof Local local && !local.values().isEmpty()) {
            return onSomePath(local.values(), depth); // a local assigned on several paths: any may be sent
        }
        if (def instanceof Field field && field.isFinal()) {
            return field.variable().getInitializer().flatMap(init -> evaluate(init, depth + 1));
        }
        if (def instanceof Field field && !field.values().isEmpty() && hiddenFromOtherPackages(field)) {
            // static int HTTP_REDIRECT = 302, never made final: what its class (and package) assigns it
            return onSomePath(field.values(), depth);
        }
        return Optional.empty();
    }

    /** A private or package-private field: what its class assigns it is what it holds, in practice. */
    private static boolean hiddenFromOtherPackages(Field field) {
        return field.variable().getParentNode()
                .filter(parent -> parent instanceof FieldDeclaration declaration && !declaration.isPublic()
                        && !declaration.isProtected())
                .isPresent();
    }

    private Optional<StatusValue> fromCall(MethodCallExpr call, int depth) {
        String method = call.getNameAsString();
        Optional<Expression> scope = call.getScope();
        if (CONVERSIONS.contains(method) && call.getArguments().isEmpty() && scope.isPresent()) {
            return evaluate(scope.get(), depth + 1);
        }
        if (FACTORIES.contains(method) && call.getArguments().size() == 1 && scope.isPresent()
                && isStatusType(scope.get())) {
            return evaluate(call.getArgument(0), depth + 1);
        }
        return Optional.empty();
    }

    private boolean isStatusType(Expression scope) {
        return names.resolveType(scope.toString())
                .filter(StatusFactoryTypes.ALL::contains)
                .isPresent();
    }

    private static Optional<StatusValue> constant(String qualifiedMember, Expression origin) {
        String owner = TypeNames.packageOf(qualifiedMember);
        return StatusConstants.codeOf(qualifiedMember)
                .map(code -> new StatusValue(code, origin, StatusConstants.owner(owner)));
    }

    /** The homes' status types with such factories ({@link FrameworkFacts#statusFactoryTypes()}), on first use. */
    private static final class StatusFactoryTypes {
        static final Set<String> ALL = FrameworkFacts.installed().stream()
                .flatMap(home -> home.statusFactoryTypes().stream()).collect(Collectors.toUnmodifiableSet());
    }
}
