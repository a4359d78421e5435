package dev.redirectlint.java;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.SwitchExpr;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.YieldStmt;
import java.util.ArrayList;
import java.util.List;

/** The values a {@code switch} expression can take: each arrow entry's expression and each {@code yield}. */
public final class SwitchValues {

    private SwitchValues() {}

    public static List<Expression> of(SwitchExpr switchExpr) {
        List<Expression> values = new ArrayList<>();
        switchExpr.getEntries().forEach(entry -> {
            if (entry.getStatements().size() == 1 && entry.getStatements().get(0) instanceof ExpressionStmt stmt) {
                values.add(stmt.getExpression());
            }
        });
        for (YieldStmt yield : switchExpr.findAll(YieldStmt.class)) {
            if (yield.findAncestor(SwitchExpr.class).filter(owner -> owner == switchExpr).isPresent()) {
                values.add(yield.getExpression());
            }
        }
        return values;
    }
}
