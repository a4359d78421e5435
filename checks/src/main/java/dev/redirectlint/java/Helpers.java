package dev.redirectlint.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.LocalClassDeclarationStmt;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Calls from a handler into other methods of its own class, and of the superclasses the source shows
 * (in the same file or, through the project index, in another): which method a call reaches, every
 * method a handler reaches transitively, and what a method returns.
 */
public final class Helpers {

    /**
     * Code the handler runs, directly or through helpers.
     *
     * @param code the handler (a method, or a route's lambda) or a helper method it calls
     * @param entry the call in the handler's own code through which it is reached; empty for the
     *     handler itself
     * @param inherited where the helper comes from, when a superclass declares it
     */
    public record Reached(Node code, Optional<MethodCallExpr> entry, Optional<Inherited> inherited) {

        public Reached(Node code, Optional<MethodCallExpr> entry) {
            this(code, entry, Optional.empty());
        }

        public boolean isHelper() {
            return entry.isPresent();
        }

        /** True if the method is declared in another file, whose text this analysis cannot edit. */
        public boolean inOtherFile() {
            return inherited.filter(Inherited::otherFile).isPresent();
        }
    }

    /**
     * A helper declared in a superclass.
     *
     * @param owner the superclass
     * @param names the names of the superclass's file, to read the helper's body by
     * @param otherFile whether that file is another one than the handler's
     */
    public record Inherited(TypeDeclaration<?> owner, TypeNames names, boolean otherFile) {

        /** {@code Owner#method}, for messages. */
        public String describe(Node method) {
            return owner.getNameAsString() + "#" + ((MethodDeclaration) method).getNameAsString();
        }
    }

    private final TypeDeclaration<?> type;
    private final TypeNames names;
    private List<Hierarchy.Supertype> supertypes;

    /** Helpers of the class only, not of its superclasses. */
    public Helpers(TypeDeclaration<?> type) {
        this(type, null);
    }

    /** Helpers of the class and of the superclasses {@code names} can find. */
    public Helpers(TypeDeclaration<?> type, TypeNames names) {
        this.type = type;
        this.names = names;
    }

    /** The class whose methods these are. */
    public TypeDeclaration<?> type() {
        return type;
    }

    /**
     * The methods of this class a call may run: a call without a receiver, on {@code this}, or on
     * the class name, to a method with the same name and a compatible number of arguments.
     */
    public List<MethodDeclaration> targets(MethodCallExpr call) {
        Optional<Expression> scope = call.getScope();
        if (scope.isPresent() && !scope.get().isThisExpr()
                && !(scope.get() instanceof NameExpr name && name.getNameAsString().equals(type.getNameAsString()))) {
            return List.of();
        }
        if (scope.isEmpty() && insideAnonymousOrLocalClass(call)) {
            return List.of();
        }
        int arguments = call.getArguments().size();
        List<MethodDeclaration> targets = new ArrayList<>();
        for (MethodDeclaration method : type.getMethodsByName(call.getNameAsString())) {
            int parameters = method.getParameters().size();
            boolean varargs = parameters > 0 && method.getParameter(parameters - 1).isVarArgs();
            if (method.getBody().isPresent()
                    && (parameters == arguments || (varargs && arguments >= parameters - 1))) {
                targets.add(method);
            }
        }
        return targets;
    }

    /**
     * The handler and every method of its class, or inherited from a superclass, that it reaches, each
     * with the call that leads there. A call in an inherited helper dispatches to the class's own
     * override first, as it does at run time.
     */
    public List<Reached> reachableFrom(Node handler) {
        Map<Node, Reached> reached = new LinkedHashMap<>();
        Deque<Reached> work = new ArrayDeque<>();
        Reached start = new Reached(handler, Optional.empty());
        reached.put(handler, start);
        work.add(start);
        while (!work.isEmpty()) {
            Reached current = work.poll();
            for (MethodCallExpr call : current.code().findAll(MethodCallExpr.class)) {
                Optional<MethodCallExpr> entry = Optional.of(current.entry().orElse(call));
                List<Reached> next = new ArrayList<>();
                targets(call).forEach(target -> next.add(new Reached(target, entry)));
                if (next.isEmpty()) {
                    inheritedTargets(call).forEach(target -> next.add(new Reached(target.method(), entry,
                            Optional.of(target.inherited()))));
                }
                for (Reached target : next) {
                    if (reached.putIfAbsent(target.code(), target) == null) {
                        work.add(target);
                    }
                }
            }
        }
        return List.copyOf(reached.values());
    }

    private record InheritedTarget(MethodDeclaration method, Inherited inherited) {}

    /**
     * The non-private methods of the nearest superclass that declares one a call without a receiver
     * (or on {@code this} or {@code super}) may run.
     */
    private List<InheritedTarget> inheritedTargets(MethodCallExpr call) {
        Optional<Expression> scope = call.getScope();
        if (names == null || scope.isPresent() && !scope.get().isThisExpr() && !scope.get().isSuperExpr()
                || scope.isEmpty() && insideAnonymousOrLocalClass(call)) {
            return List.of();
        }
        if (supertypes == null) {
            supertypes = Hierarchy.supertypes(type, names);
        }
        for (Hierarchy.Supertype supertype : supertypes) {
            List<InheritedTarget> found = new ArrayList<>();
            for (MethodDeclaration method : supertype.declaration().getMethodsByName(call.getNameAsString())) {
                if (method.getBody().isPresent() && !method.isPrivate()
                        && method.getParameters().size() == call.getArguments().size()) {
                    found.add(new InheritedTarget(method,
                            new Inherited(supertype.declaration(), supertype.names(), supertype.names() != names)));
                }
            }
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
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

    private boolean insideAnonymousOrLocalClass(Node node) {
        Node current = node.getParentNode().orElse(null);
        while (current != null && current != type) {
            if (current instanceof ObjectCreationExpr creation && creation.getAnonymousClassBody().isPresent()
                    || current instanceof LocalClassDeclarationStmt) {
                return true;
            }
            current = current.getParentNode().orElse(null);
        }
        return false;
    }
}
