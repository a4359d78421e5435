package dev.redirectlint.redirects;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.SwitchEntry;
import dev.redirectlint.api.Fix;
import dev.redirectlint.fix.Edits;
import dev.redirectlint.fix.Statuses;
import dev.redirectlint.java.TypeNames;
import dev.redirectlint.model.Remedy;
import java.util.Optional;

/**
 * {@code response.sendRedirect(url)} becomes {@code response.setStatus(SC_SEE_OTHER)} plus
 * {@code response.setHeader("Location", url)}, which works on every Servlet version. Offered only
 * when the call is a statement of its own and its receiver is a plain variable, so nothing is
 * evaluated twice.
 */
final class SendRedirectRemedy implements Remedy {

    private final HandlerContext context;
    private final MethodCallExpr call;
    private final Optional<String> responseType;

    SendRedirectRemedy(HandlerContext context, MethodCallExpr call, Optional<String> responseType) {
        this.context = context;
        this.call = call;
        this.responseType = responseType;
    }

    /** Two statements fit where one stood only in a block (an expression lambda's body is no block). */
    private static boolean inBlock(ExpressionStmt statement) {
        return statement.getParentNode().filter(p -> p instanceof BlockStmt
                || p instanceof SwitchEntry entry && entry.getType() == SwitchEntry.Type.STATEMENT_GROUP).isPresent();
    }

    @Override
    public String advice(int status) {
        return "replace sendRedirect(url) with setStatus(" + Statuses.servletConstant(status)
                + ") and setHeader(\"Location\", url)";
    }

    @Override
    public Optional<Fix> fix(int status) {
        Expression receiver = call.getScope().orElse(null);
        boolean simpleReceiver = receiver instanceof NameExpr
                || receiver instanceof FieldAccessExpr access && access.getScope().isThisExpr();
        if (!simpleReceiver || !(call.getParentNode().orElse(null) instanceof ExpressionStmt statement)
                || !inBlock(statement) || call.getArguments().size() != 1) {
            return Optional.empty();
        }
        Edits edits = context.edits();
        String statusText = String.valueOf(status);
        if (Statuses.servletConstant(status).startsWith("HttpServletResponse.")) {
            String typeFqn = responseType.filter(t -> t.endsWith(".HttpServletResponse"))
                    .orElse(TypeNames.packageOf(responseType.orElse("jakarta.servlet.http.X")) + ".HttpServletResponse");
            statusText = edits.staticMember(typeFqn, Statuses.servletConstant(status).substring("HttpServletResponse.".length()));
        }
        String indent = context.source().indentationAt(context.source().start(statement));
        String nl = context.source().lineSeparator();
        String target = context.textOf(receiver);
        edits.replace(statement, target + ".setStatus(" + statusText + ");" + nl + indent
                + target + ".setHeader(\"Location\", " + context.textOf(call.getArgument(0)) + ");");
        return Optional.of(new Fix("Replace sendRedirect with setStatus(" + statusText
                + ") and a Location header (" + Statuses.describe(status) + ")", status, edits.build()));
    }
}
