package dev.redirectlint.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.LocalClassDeclarationStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The code a handler runs: the handler itself and every project method it calls, transitively, in any
 * class and any file, as {@link CallTargets} resolves each call. The walk follows calls breadth first, at
 * most {@value #MAX_DEPTH} calls deep and to at most {@value #MAX_METHODS} methods; recursion is safe, as
 * each method is visited once.
 */
public final class Helpers {

    /** How many calls deep the walk follows a handler. */
    public static final int MAX_DEPTH = 16;

    /** How many methods one handler's walk visits at most. */
    public static final int MAX_METHODS = 400;

    /**
     * Code the handler runs, directly or through helpers.
     *
     * @param code the handler (a method, or a route's lambda) or a method it calls
     * @param entry the call in the handler's own code through which it is reached; empty for the handler itself
     * @param chain the calls from the handler down to this method, the entry first
     * @param dispatch the class whose instance runs the code: where its calls on {@code this} are looked up
     */
    public record Reached(Node code, Optional<MethodCallExpr> entry, List<MethodCallExpr> chain,
            TypeDeclaration<?> dispatch) {

        public Reached {
            chain = List.copyOf(chain);
        }

        public boolean isHelper() {
            return entry.isPresent();
        }

        /** The file the code is in. */
        public SourceFile file() {
            return SourceFile.require(code);
        }

        /** {@code Owner#method}, for messages; the route or handler for the handler itself. */
        public String describe() {
            if (code instanceof MethodDeclaration method) {
                String owner = method.findAncestor(TypeDeclaration.class).map(TypeDeclaration::getNameAsString).orElse("?");
                return owner + "#" + method.getNameAsString();
            }
            return "lambda";
        }
    }

    private final TypeDeclaration<?> type;

    /** Helpers of code that runs on an instance of {@code type} (a handler's concrete class). */
    public Helpers(TypeDeclaration<?> type) {
        this.type = type;
    }

    /** The class whose instance runs the code. */
    public TypeDeclaration<?> type() {
        return type;
    }

    /** The helpers for code that runs on an instance of another class (a helper of another class). */
    public Helpers on(TypeDeclaration<?> dispatch) {
        return dispatch == type ? this : new Helpers(dispatch);
    }

    /** The project methods a call may run, with the class each runs on. */
    public List<CallTargets.Target> targets(MethodCallExpr call) {
        return CallTargets.of(call, type);
    }

    /**
     * What a handler reaches: the methods, and the calls of project methods that were not followed because
     * they cannot lead to a redirect (see {@link CallTargets}).
     */
    public record Reach(List<Reached> reached, List<MethodCallExpr> pruned) {}

    /** The handler and every method it reaches, each with the call that leads there. */
    public List<Reached> reachableFrom(Node handler) {
        return reach(handler).reached();
    }

    /** The handler and every method it reaches, and the calls left out. */
    public Reach reach(Node handler) {
        List<MethodCallExpr> pruned = new ArrayList<>();
        // By identity: Node's equals is structural, and two methods may look alike.
        Map<Node, Reached> reached = new IdentityHashMap<>();
        List<Reached> order = new ArrayList<>();
        Deque<Reached> work = new ArrayDeque<>();
        Reached start = new Reached(handler, Optional.empty(), List.of(), type);
        reached.put(handler, start);
        order.add(start);
        work.add(start);
        while (!work.isEmpty() && reached.size() < MAX_METHODS) {
            Reached current = work.poll();
            if (current.chain().size() >= MAX_DEPTH) {
                continue;
            }
            for (MethodCallExpr call : current.code().findAll(MethodCallExpr.class)) {
                Optional<MethodCallExpr> entry = Optional.of(current.entry().orElse(call));
                List<MethodCallExpr> chain = new ArrayList<>(current.chain());
                chain.add(call);
                for (CallTargets.Target target : CallTargets.of(call, current.dispatch(), pruned::add)) {
                    if (!reached.containsKey(target.method())) {
                        Reached next = new Reached(target.method(), entry, chain, target.dispatch());
                        reached.put(target.method(), next);
                        order.add(next);
                        work.add(next);
                    }
                }
            }
        }
        return new Reach(List.copyOf(order), List.copyOf(pruned));
    }

    /** The expressions of the method's own return statements (not those of lambdas or inner classes). */
    public List<Expression> returnedExpressions(MethodDeclaration method) {
        return returnedExpressionsOf(method);
    }

    /** The expressions of the method's own return statements, for a method of any class. */
    public static List<Expression> returnedExpressionsOf(MethodDeclaration method) {
        List<Expression> returned = new ArrayList<>();
        for (ReturnStmt stmt : method.findAll(ReturnStmt.class)) {
            if (ownedBy(stmt, method)) {
                stmt.getExpression().ifPresent(returned::add);
            }
        }
        return returned;
    }

    /** True if the node runs as part of {@code method} itself, not in a lambda or class inside it. */
    public static boolean ownedBy(Node node, MethodDeclaration method) {
        Node current = node.getParentNode().orElse(null);
        while (current != null && current != method) {
            if (current instanceof LambdaExpr || current instanceof ObjectCreationExpr creation
                    && creation.getAnonymousClassBody().isPresent()
                    || current instanceof LocalClassDeclarationStmt
                    || current instanceof TypeDeclaration) {
                return false;
            }
            current = current.getParentNode().orElse(null);
        }
        return current == method;
    }
}
