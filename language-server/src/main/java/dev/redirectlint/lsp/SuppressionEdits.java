package dev.redirectlint.lsp;

import com.github.javaparser.ParseResult;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import dev.redirectlint.api.TextEdit;
import dev.redirectlint.engine.Suppressions;
import dev.redirectlint.source.ParserFactory;
import dev.redirectlint.source.SourceText;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The edit that suppresses one rule on the declaration around a finding: the method (or constructor, field or
 * type when the handler is not in a method), by adding {@code @SuppressWarnings("redirect-lint:<rule>")} or
 * extending the one it has, without touching anything else.
 */
final class SuppressionEdits {

    /** @param what "method", "constructor", "field" or "class": what the annotation goes on, for the title */
    record Suppression(String what, List<TextEdit> edits) {}

    private SuppressionEdits() {}

    static Optional<Suppression> at(String text, int offset, String ruleId) {
        SourceText source = new SourceText(text);
        ParseResult<CompilationUnit> parsed = ParserFactory.parse(source.parsableText());
        if (!parsed.isSuccessful() || parsed.getResult().isEmpty()) {
            return Optional.empty();
        }
        String key = Suppressions.PREFIX + ":" + ruleId;
        return parsed.getResult().get().findAll(BodyDeclaration.class).stream()
                .filter(declaration -> declaration instanceof NodeWithAnnotations<?>)
                .filter(declaration -> declaration.getRange().isPresent())
                .filter(declaration -> source.start(declaration) <= offset && offset < source.end(declaration))
                // The innermost: a method inside a class inside a class.
                .max(Comparator.comparingInt(declaration -> source.start(declaration)))
                .map(declaration -> suppression(source, declaration, key));
    }

    private static Suppression suppression(SourceText source, BodyDeclaration<?> declaration, String key) {
        String literal = "\"" + key + "\"";
        String what = declaration.isMethodDeclaration() ? "method" : declaration.isConstructorDeclaration()
                ? "constructor" : declaration instanceof TypeDeclaration<?> ? "class" : "field";
        Optional<AnnotationExpr> existing = ((NodeWithAnnotations<?>) declaration).getAnnotations().stream()
                .filter(a -> a.getNameAsString().equals("SuppressWarnings")
                        || a.getNameAsString().equals("java.lang.SuppressWarnings"))
                .findFirst();
        if (existing.isPresent()) {
            Optional<Expression> value = value(existing.get());
            if (value.isPresent()) {
                return new Suppression(what, extend(source, value.get(), literal));
            }
            // @SuppressWarnings without a value does not compile; give it one.
            return new Suppression(what, List.of(TextEdit.insert(source.end(existing.get()), "(" + literal + ")")));
        }
        int start = source.start(declaration);
        String before = source.text().substring(source.lineStartOf(start), start);
        String separator = before.isBlank() ? source.lineSeparator() + before : " ";
        return new Suppression(what, List.of(TextEdit.insert(start, "@SuppressWarnings(" + literal + ")" + separator)));
    }

    private static Optional<Expression> value(AnnotationExpr annotation) {
        if (annotation instanceof SingleMemberAnnotationExpr single) {
            return Optional.of(single.getMemberValue());
        }
        if (annotation instanceof NormalAnnotationExpr normal) {
            return normal.getPairs().stream().filter(p -> p.getNameAsString().equals("value")).findFirst()
                    .map(p -> p.getValue());
        }
        return Optional.empty();
    }

    /** {@code "x"} becomes {@code {"x", "key"}}; {@code {"x"}} becomes {@code {"x", "key"}}; {@code {}} gets the key. */
    private static List<TextEdit> extend(SourceText source, Expression value, String literal) {
        if (value instanceof ArrayInitializerExpr array) {
            if (array.getValues().isEmpty()) {
                return List.of(TextEdit.insert(source.start(array) + 1, literal));
            }
            Node last = array.getValues().get(array.getValues().size() - 1);
            return List.of(TextEdit.insert(source.end(last), ", " + literal));
        }
        return List.of(TextEdit.insert(source.start(value), "{"), TextEdit.insert(source.end(value), ", " + literal + "}"));
    }
}
