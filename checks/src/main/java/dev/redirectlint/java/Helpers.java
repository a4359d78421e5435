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
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The code a handler runs: the handler itself and every project method it calls, transitively, in any
 * class and any file, as {@link CallTargets} resolves each call. The walk follows calls breadth first, at
 * most {@value #MAX_DEPTH} calls deep and to at most {@value #MAX_METHODS} methods ({@value #MAX_VISITS}
 * visits); recursion is safe, as each method is visited once per place a finding would point at.
 */
public final class Helpers {

    /** How many calls deep the walk follows a handler. */
    public static final int MAX_DEPTH = 16;

    /** How many methods one handler's walk visits at most. */
    public static final int MAX_METHODS = 400;

    /** How many times one handler's walk enters a method at most, counting a method reached by two calls twice. */
    public static final int MAX_VISITS = 2_000;

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

    /** Like {@link #targets}, those the lexical pass found cannot redirect by themselves included. */
    public List<CallTargets.Target> unprunedTargets(MethodCallExpr call) {
        return CallTargets.unpruned(call, type);
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

    /**
     * The handler and every method it reaches, and the calls left out. A method is walked once for each
     * place the finding would point at: once per call in the handler that leads to it, and, for a template
     * method a base class inherits to {@link #type()}, once per call in the subclass's override. So a helper
     * called on two branches is two redirects, not one.
     */
    public Reach reach(Node handler) {
        List<MethodCallExpr> pruned = new ArrayList<>();
        Set<String> ownTypes = handler.findAncestor(TypeDeclaration.class)
                .map(home -> Hierarchy.between(type, home)).orElse(Set.of());
        Set<Visit> visited = new HashSet<>();
        Set<Node> methods = Collections.newSetFromMap(new IdentityHashMap<>());
        Map<Reached, Set<String>> nullParameters = new IdentityHashMap<>();
        List<Reached> order = new ArrayList<>();
        Deque<Reached> work = new ArrayDeque<>();
        Reached start = new Reached(handler, Optional.empty(), List.of(), type);
        visited.add(new Visit(handler, null, null, Set.of()));
        methods.add(handler);
        nullParameters.put(start, Set.of());
        order.add(start);
        work.add(start);
        while (!work.isEmpty() && methods.size() < MAX_METHODS && visited.size() < MAX_VISITS) {
            Reached current = work.poll();
            if (current.chain().size() >= MAX_DEPTH) {
                continue;
            }
            Set<String> nulls = nullParameters.get(current);
            for (MethodCallExpr call : TreeFacts.calls(current.code())) {
                if (NullArguments.onNullReceiver(call, nulls, current.code())) {
                    continue; // a call on a parameter the caller passed as null would throw before redirecting
                }
                Optional<MethodCallExpr> entry = Optional.of(current.entry().orElse(call));
                List<MethodCallExpr> chain = new ArrayList<>(current.chain());
                chain.add(call);
                MethodCallExpr ownStep = ownTypes.isEmpty() ? null : firstInOwnCode(chain, ownTypes);
                for (CallTargets.Target target : CallTargets.of(call, current.dispatch(), pruned::add)) {
                    Set<String> passedNull = NullArguments.of(call, target.method(), nulls, current.code());
                    if (visited.add(new Visit(target.method(), entry.get(), ownStep, passedNull))) {
                        methods.add(target.method());
                        Reached next = new Reached(target.method(), entry, chain, target.dispatch());
                        nullParameters.put(next, passedNull);
                        order.add(next);
                        work.add(next);
                    }
                }
            }
        }
        return new Reach(List.copyOf(order), List.copyOf(pruned));
    }

    /** The first call of the chain written in the concrete class's own code (its override of a template method). */
    private static MethodCallExpr firstInOwnCode(List<MethodCallExpr> chain, Set<String> ownTypes) {
        for (MethodCallExpr call : chain) {
            Optional<TypeDeclaration> owner = call.findAncestor(MethodDeclaration.class)
                    .flatMap(method -> method.findAncestor(TypeDeclaration.class));
            if (owner.isPresent() && ownTypes.contains(Hierarchy.qualifiedName(owner.get()))) {
                return call;
            }
        }
        return null;
    }

    /**
     * A method reached through one call of the handler and one step of the subclass's code (nodes by identity),
     * with the parameters its caller passed {@code null} for.
     */
    private record Visit(Node method, Node entry, Node ownStep, Set<String> nullParameters) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Visit visit && visit.method == method && visit.entry == entry
                    && visit.ownStep == ownStep && visit.nullParameters.equals(nullParameters);
        }

        @Override
        public int hashCode() {
            return 31 * (31 * (31 * System.identityHashCode(method) + System.identityHashCode(entry))
                    + System.identityHashCode(ownStep)) + nullParameters.hashCode();
        }
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
