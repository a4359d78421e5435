package dev.redirectlint.frameworks;

import com.github.javaparser.ast.body.TypeDeclaration;
import dev.redirectlint.java.TypeNames;
import dev.redirectlint.model.Handler;
import java.util.List;

/**
 * Recognises one framework's request handlers in a class and the HTTP methods each accepts. Adding a
 * framework means adding one implementation and listing it in {@link HandlerFrameworks}.
 */
public interface HandlerFramework {

    List<Handler> handlers(TypeDeclaration<?> type, TypeNames names);
}
