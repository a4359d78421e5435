package dev.redirectlint.frameworks;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.type.Type;
import dev.redirectlint.java.TypeNames;
import java.util.Set;

/** How frameworks recognise the methods they call: by their parameter types, as written and resolved. */
public final class Signatures {

    /** Stands for a parameter declared {@code Object}, which no import decides: no type names at all. */
    public static final Set<String> OBJECT = Set.of();

    private Signatures() {}

    /** True if the method's parameters are declared with these types ({@link #OBJECT} for Object), in order. */
    @SafeVarargs
    public static boolean parametersAre(MethodDeclaration method, TypeNames names, Set<String>... types) {
        if (method.getParameters().size() != types.length) {
            return false;
        }
        for (int i = 0; i < types.length; i++) {
            Type type = method.getParameter(i).getType();
            boolean matches = types[i].isEmpty() ? type.asString().equals("Object") : names.isType(type, types[i]);
            if (!matches) {
                return false;
            }
        }
        return true;
    }

    /** True if the method has this name and these parameter types. */
    @SafeVarargs
    public static boolean is(MethodDeclaration method, TypeNames names, String name, Set<String>... types) {
        return method.getNameAsString().equals(name) && parametersAre(method, names, types);
    }
}
