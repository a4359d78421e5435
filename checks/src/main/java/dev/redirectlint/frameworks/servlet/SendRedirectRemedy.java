package dev.redirectlint.frameworks.servlet;

import com.github.javaparser.ast.body.CallableDeclaration;
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
import dev.redirectlint.redirects.HandlerContext;
import java.util.Optional;

/**
 * {@code response.sendRedirect(url)} becomes {@code response.setStatus(SC_SEE_OTHER)} plus
 * {@code response.setHeader("Location", url)}, which works on every Servlet version. Offered only
 * when the call is a statement of its own and its receiver is a plain variable, so nothing is
 * evaluated twice. With Servlet 6.1 (jakarta) it becomes {@code sendRedirect(url, SC_SEE_OTHER)}
 * instead, which keeps sendRedirect's other effects (clearing the buffer, committing the response).
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
        if (passesStatus()) {
            return "pass " + ServletTypes.constant(status) + " to sendRedirect (Servlet 6.1+)";
        }
        return "replace sendRedirect(url) with setStatus(" + ServletTypes.constant(status)
                + ") and setHeader(\"Location\", url)";
    }

    /**
     * True where Servlet 6.1's {@code sendRedirect(location, status[, clearBuffer])} is available: the
     * project declares jakarta.servlet-api 6.1+, or the code already calls the 6.1-only
     * {@code sendRedirect(location, clearBuffer)}.
     */
    private boolean passesStatus() {
        boolean jakarta = responseType.filter(t -> t.startsWith("jakarta.")).isPresent();
        return jakarta && (ServletHome.redirectWithStatus(context.libraries()) || call.getArguments().size() == 2);
    }

    @Override
    public Optional<Fix> fix(int status) {
        if (passesStatus()) {
            if (status != 303 && status != 307) {
                return Optional.empty();
            }
            Edits edits = context.edits(call);
            String constant = edits.staticMember(responseTypeFqn(),
                    ServletTypes.constant(status).substring("HttpServletResponse.".length()));
            edits.insertAt(context.source(call).end(call.getArgument(0)), ", " + constant);
            return Optional.of(new Fix("Pass " + constant + " to sendRedirect (" + Statuses.describe(status)
                    + "; Servlet 6.1+)", status, edits.build(), edits.file()));
        }
        Expression receiver = call.getScope().orElse(null);
        boolean simpleReceiver = receiver instanceof NameExpr
                || receiver instanceof FieldAccessExpr access && access.getScope().isThisExpr();
        if (!simpleReceiver || !(call.getParentNode().orElse(null) instanceof ExpressionStmt statement)
                || !inBlock(statement) || call.getArguments().size() != 1) {
            return Optional.empty();
        }
        Edits edits = context.edits(call);
        String statusText = String.valueOf(status);
        if (ServletTypes.constant(status).startsWith("HttpServletResponse.")) {
            statusText = edits.staticMember(responseTypeFqn(), ServletTypes.constant(status).substring("HttpServletResponse.".length()));
        }
        String indent = context.source(call).indentationAt(context.source(call).start(statement));
        String nl = context.source(call).lineSeparator();
        String target = context.textOf(receiver);
        edits.replace(statement, target + ".setStatus(" + statusText + ");" + nl + indent
                + target + ".setHeader(\"Location\", " + context.textOf(call.getArgument(0)) + ");");
        String caution = endsTheHandler(statement) ? "" : "; unlike sendRedirect this does not commit the response,"
                + " so check that the code after it does not write a body or another status";
        return Optional.of(new Fix("Replace sendRedirect with setStatus(" + statusText
                + ") and a Location header (" + Statuses.describe(status) + caution + ")", status, edits.build(), edits.file()));
    }

    /** The HttpServletResponse interface the receiver's type belongs with, for its SC_ constants. */
    private String responseTypeFqn() {
        return responseType.filter(t -> t.endsWith(".HttpServletResponse"))
                .orElse(TypeNames.packageOf(responseType.orElse("jakarta.servlet.http.X")) + ".HttpServletResponse");
    }

    /**
     * True if nothing runs after the statement: it is the last statement of the method, or a
     * {@code return} follows it directly. Then the response not being committed makes no difference.
     */
    private static boolean endsTheHandler(ExpressionStmt statement) {
        if (!(statement.getParentNode().orElse(null) instanceof BlockStmt block)) {
            return false;
        }
        int index = block.getStatements().indexOf(statement);
        if (index + 1 < block.getStatements().size()) {
            return block.getStatement(index + 1).isReturnStmt();
        }
        return block.getParentNode().filter(p -> p instanceof CallableDeclaration<?>).isPresent();
    }
}
