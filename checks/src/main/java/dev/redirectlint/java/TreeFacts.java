package dev.redirectlint.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What one walk of a piece of code finds, kept with its tree ({@link SourceFile#memo()}) and so found once:
 * the reach walk and every detector ask for the calls of each method a handler reaches, and each name a value
 * is traced through asks for the method's locals, so walking the same large method again for each question
 * was most of the analysis. Lists are in the order of the code (a pre-order walk, as {@code findAll}'s).
 * Nothing here reads another file, so nothing needs recording as read.
 */
public final class TreeFacts {

    private TreeFacts() {}

    /** The method calls in the code, nested ones included: those of {@link #callsAndCreations}, one walk for both. */
    public static List<MethodCallExpr> calls(Node code) {
        return memo(code, Kind.CALLS, node -> callsAndCreations(node).stream()
                .filter(MethodCallExpr.class::isInstance).map(MethodCallExpr.class::cast).toList());
    }

    /** The method calls and instance creations in the code, in one list in the order of the code. */
    public static List<Expression> callsAndCreations(Node code) {
        return memo(code, Kind.CALLS_AND_CREATIONS, node -> {
            List<Expression> found = new ArrayList<>();
            node.walk(Node.class, n -> {
                if (n instanceof MethodCallExpr || n instanceof ObjectCreationExpr) {
                    found.add((Expression) n);
                }
            });
            return List.copyOf(found);
        });
    }

    /** The variables declared in the code named {@code id} (locals, and fields of the classes inside it). */
    public static List<VariableDeclarator> declarators(Node code, String id) {
        return memo(code, Kind.DECLARATORS, node -> {
            Map<String, List<VariableDeclarator>> byName = new HashMap<>();
            for (VariableDeclarator variable : node.findAll(VariableDeclarator.class)) {
                byName.computeIfAbsent(variable.getNameAsString(), k -> new ArrayList<>()).add(variable);
            }
            return byName;
        }).getOrDefault(id, List.of());
    }

    /**
     * The assignments in the code, of any operator, to {@code id} or {@code this.id}; the caller tells the two
     * apart by the target.
     */
    public static List<AssignExpr> assignmentsTo(Node code, String id) {
        return memo(code, Kind.ASSIGNMENTS, node -> {
            Map<String, List<AssignExpr>> byName = new HashMap<>();
            for (AssignExpr assign : node.findAll(AssignExpr.class)) {
                Expression target = assign.getTarget();
                String name = target instanceof NameExpr simple ? simple.getNameAsString()
                        : target instanceof FieldAccessExpr access && access.getScope().isThisExpr()
                                ? access.getNameAsString() : null;
                if (name != null) {
                    byName.computeIfAbsent(name, k -> new ArrayList<>()).add(assign);
                }
            }
            return byName;
        }).getOrDefault(id, List.of());
    }

    private enum Kind { CALLS, CALLS_AND_CREATIONS, DECLARATORS, ASSIGNMENTS }

    private record Key(Kind kind, NodeIdentity code) {}

    @SuppressWarnings("unchecked")
    private static <T> T memo(Node code, Kind kind, Function<Node, T> walk) {
        SourceFile file = SourceFile.of(code).orElse(null);
        if (file == null) {
            return walk.apply(code); // a tree the engine did not parse (a test's): nothing to keep it with
        }
        Key key = new Key(kind, new NodeIdentity(code));
        Object known = file.memo().get(key);
        if (known == null) {
            // Not computeIfAbsent: two threads may walk the same code at once, and either answer will do.
            known = walk.apply(code);
            Object raced = file.memo().putIfAbsent(key, known);
            known = raced != null ? raced : known;
        }
        return (T) known;
    }
}
