package dev.redirectlint.apply;

import com.github.javaparser.ParseResult;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SuperExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.TypeExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import dev.redirectlint.source.ParserFactory;
import dev.redirectlint.source.SourceText;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds code that depends on a method's declared return type before a fix changes it: a call with as many
 * arguments or a method reference, in the method's own file or in a file that names its class, and a
 * method of the same name and arity in a class that extends it. Deliberately by name rather than by a full
 * type resolution: a false "it is used" only leaves a fix to be made by hand, a missed use breaks the build.
 */
public final class MethodUsers {

    private final Collection<Path> files;
    private final Charset charset;

    /** @param files every source of the project and of what it is built with, tests included */
    public MethodUsers(Collection<Path> files, Charset charset) {
        this.files = files;
        this.charset = charset;
    }

    /**
     * Where each method is used, as {@code path:line}, or empty; in one pass over the files, each read and
     * parsed at most once however many methods are asked about.
     *
     * @param declaringFiles per method, as {@code qualified.Type#name/parameterCount} ({@code
     *     Fix.changesReturnTypeOf}), the file that declares it
     */
    public Map<String, Optional<String>> firstUses(Map<String, Path> declaringFiles) {
        Map<String, Optional<String>> uses = new HashMap<>();
        List<Method> pending = new ArrayList<>();
        declaringFiles.forEach((signature, file) -> {
            pending.add(Method.of(signature, file));
            uses.put(signature, Optional.empty());
        });
        for (Path file : files) {
            if (pending.isEmpty()) {
                break;
            }
            String text;
            try {
                text = new String(Files.readAllBytes(file), charset);
            } catch (IOException e) {
                continue; // it cannot be compiled either
            }
            CompilationUnit unit = null;
            for (Iterator<Method> it = pending.iterator(); it.hasNext(); ) {
                Method method = it.next();
                boolean own = isSameFile(file, method.declaringFile());
                if (!method.mention().matcher(text).find() || !own && !method.typeMention().matcher(text).find()) {
                    continue;
                }
                if (unit == null) {
                    ParseResult<CompilationUnit> parsed = ParserFactory.parse(new SourceText(text).parsableText());
                    if (parsed.getResult().isEmpty()) {
                        uses.put(method.signature(),
                                Optional.of(file + " (which does not parse, so its calls cannot be ruled out)"));
                        it.remove();
                        continue;
                    }
                    unit = parsed.getResult().get();
                }
                Optional<Node> use = use(unit, own, method.simpleType(), method.name(), method.arity());
                if (use.isPresent()) {
                    uses.put(method.signature(), Optional.of(file + ":" + use.get().getBegin().map(p -> p.line).orElse(0)));
                    it.remove();
                }
            }
        }
        return uses;
    }

    /** A method asked about, with the patterns that tell a file that may use it. */
    private record Method(String signature, Path declaringFile, String simpleType, String name, int arity,
            Pattern mention, Pattern typeMention) {

        static Method of(String signature, Path declaringFile) {
            int hash = signature.indexOf('#');
            int slash = signature.lastIndexOf('/');
            String type = signature.substring(0, hash);
            String simpleType = type.substring(type.lastIndexOf('.') + 1);
            String name = signature.substring(hash + 1, slash);
            return new Method(signature, declaringFile, simpleType, name, Integer.parseInt(signature.substring(slash + 1)),
                    Pattern.compile("\\b" + Pattern.quote(name) + "\\s*\\(|::\\s*" + Pattern.quote(name) + "\\b"),
                    Pattern.compile("\\b" + Pattern.quote(simpleType) + "\\b"));
        }
    }

    private static Optional<Node> use(CompilationUnit unit, boolean own, String simpleType, String name, int arity) {
        boolean subclass = unit.findAll(ClassOrInterfaceDeclaration.class).stream()
                .anyMatch(c -> c.getExtendedTypes().stream().anyMatch(t -> t.getNameAsString().equals(simpleType)));
        Set<String> typed = new HashSet<>();
        unit.findAll(VariableDeclarator.class).stream().filter(v -> named(v.getType(), simpleType))
                .forEach(v -> typed.add(v.getNameAsString()));
        unit.findAll(Parameter.class).stream().filter(p -> named(p.getType(), simpleType))
                .forEach(p -> typed.add(p.getNameAsString()));
        Optional<Node> call = unit.findAll(MethodCallExpr.class).stream()
                .filter(c -> c.getNameAsString().equals(name) && c.getArguments().size() == arity)
                .filter(c -> mayTarget(c.getScope(), own || subclass, typed, simpleType))
                .map(Node.class::cast).findFirst();
        if (call.isPresent()) {
            return call;
        }
        Optional<Node> reference = unit.findAll(MethodReferenceExpr.class).stream()
                .filter(r -> r.getIdentifier().equals(name))
                .filter(r -> mayTarget(Optional.of(r.getScope()), own || subclass, typed, simpleType))
                .map(Node.class::cast).findFirst();
        if (reference.isPresent() || own) {
            return reference; // in its own file, the declaration itself is no use of it
        }
        return unit.findAll(ClassOrInterfaceDeclaration.class).stream()
                .filter(c -> c.getExtendedTypes().stream().anyMatch(t -> t.getNameAsString().equals(simpleType)))
                .flatMap(c -> c.getMethodsByName(name).stream())
                .filter(m -> m.getParameters().size() == arity)
                .map(Node.class::cast).findFirst();
    }

    /**
     * Whether a call with this scope may run the method: no scope or {@code this} inside the class or a
     * subclass, a variable declared with the class's type, a new instance of it, the class itself; and any
     * scope whose type cannot be told from here (a call chain, a field of another object).
     */
    private static boolean mayTarget(Optional<Expression> scope, boolean inside, Set<String> typed, String simpleType) {
        if (scope.isEmpty() || scope.get() instanceof ThisExpr || scope.get() instanceof SuperExpr) {
            return inside;
        }
        Expression expression = scope.get();
        if (expression instanceof NameExpr variable) {
            return typed.contains(variable.getNameAsString()) || variable.getNameAsString().equals(simpleType);
        }
        if (expression instanceof ObjectCreationExpr creation) {
            return creation.getType().getNameAsString().equals(simpleType);
        }
        if (expression instanceof TypeExpr type) {
            return type.getType().asString().endsWith(simpleType);
        }
        return !(expression instanceof LiteralExpr);
    }

    private static boolean named(Type type, String simpleType) {
        return type instanceof ClassOrInterfaceType classType && classType.getNameAsString().equals(simpleType);
    }

    private static boolean isSameFile(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
}
