package dev.redirectlint.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.LabeledStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SynchronizedStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The appends that may come first to a local {@code StringBuilder}: what follows its initial text. Walks the
 * statements after its declaration in order, into both branches of an {@code if} and into loop bodies, and
 * stops on a path once an append is certain there. {@code sb.append(category)} on one branch and
 * {@code sb.append(page)} on the other are both first.
 */
final class BuilderAppends {

    /**
     * @param first the {@code builder.append(x)} calls that may be the first (the innermost call of a chain)
     * @param mayBeNone true if some path reaches the end with nothing appended
     */
    record First(List<MethodCallExpr> first, boolean mayBeNone) {}

    private BuilderAppends() {}

    /** The first appends to the builder a declaration introduces; empty if it is not declared in a block. */
    static Optional<First> of(VariableDeclarator builder) {
        Optional<Statement> declaration = builder.findAncestor(Statement.class);
        if (declaration.isEmpty() || !(declaration.get().getParentNode().orElse(null) instanceof BlockStmt block)) {
            return Optional.empty();
        }
        NodeList<Statement> statements = block.getStatements();
        int index = statements.indexOf(declaration.get());
        List<MethodCallExpr> first = new ArrayList<>();
        boolean certain = sequence(statements.subList(index + 1, statements.size()), builder.getNameAsString(), first);
        return Optional.of(new First(first, !certain));
    }

    /** Adds the first appends of a statement sequence; true if every path through it appends. */
    private static boolean sequence(List<Statement> statements, String id, List<MethodCallExpr> first) {
        for (Statement statement : statements) {
            if (statement(statement, id, first)) {
                return true;
            }
        }
        return false;
    }

    private static boolean statement(Statement statement, String id, List<MethodCallExpr> first) {
        if (statement instanceof BlockStmt block) {
            return sequence(block.getStatements(), id, first);
        }
        if (statement instanceof IfStmt branch) {
            boolean then = statement(branch.getThenStmt(), id, first);
            boolean otherwise = branch.getElseStmt().map(e -> statement(e, id, first)).orElse(false);
            return then && otherwise;
        }
        if (statement instanceof ForEachStmt loop) {
            statement(loop.getBody(), id, first);
            return false; // the loop may not run
        }
        if (statement instanceof ForStmt loop) {
            statement(loop.getBody(), id, first);
            return false;
        }
        if (statement instanceof WhileStmt loop) {
            statement(loop.getBody(), id, first);
            return false;
        }
        if (statement instanceof DoStmt loop) {
            return statement(loop.getBody(), id, first);
        }
        if (statement instanceof TryStmt attempt) {
            return sequence(attempt.getTryBlock().getStatements(), id, first);
        }
        if (statement instanceof SynchronizedStmt guarded) {
            return sequence(guarded.getBody().getStatements(), id, first);
        }
        if (statement instanceof LabeledStmt labeled) {
            return statement(labeled.getStatement(), id, first);
        }
        Optional<MethodCallExpr> append = directAppend(statement, id);
        append.ifPresent(first::add);
        return append.isPresent();
    }

    /** The {@code id.append(x)} a simple statement makes (not one inside a lambda or class it declares). */
    private static Optional<MethodCallExpr> directAppend(Statement statement, String id) {
        return statement.findAll(MethodCallExpr.class).stream()
                .filter(call -> call.getNameAsString().equals("append") && call.getArguments().size() == 1
                        && call.getScope().filter(scope -> scope instanceof NameExpr name
                                && name.getNameAsString().equals(id)).isPresent())
                .filter(call -> !insideLambda(call, statement))
                .findFirst();
    }

    private static boolean insideLambda(Node node, Node statement) {
        for (Node up = node.getParentNode().orElse(null); up != null && up != statement; up = up.getParentNode().orElse(null)) {
            if (up instanceof LambdaExpr) {
                return true;
            }
        }
        return false;
    }
}
