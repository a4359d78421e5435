package dev.redirectlint.frameworks.faces;

import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import dev.redirectlint.frameworks.HandlerFramework;
import dev.redirectlint.frameworks.Signatures;
import dev.redirectlint.java.ClassMethods;
import dev.redirectlint.java.Hierarchy;
import dev.redirectlint.java.TypeNames;
import dev.redirectlint.model.AcceptedMethods;
import dev.redirectlint.model.Handler;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A {@code PhaseListener}'s {@code beforePhase} and {@code afterPhase}: Faces calls them for every request it
 * processes, GET and POST alike, so their redirects (typically to a login page) are {@code any-method-302},
 * as a servlet filter's are.
 */
final class PhaseListenerHandlers implements HandlerFramework {

    private static final Set<String> ENTRY_POINTS = Set.of("beforePhase", "afterPhase");
    private static final Set<String> ENTRY_SIGNATURES = Set.of("beforePhase/1", "afterPhase/1");

    @Override
    public List<Handler> handlers(TypeDeclaration<?> type, TypeNames names) {
        List<Handler> handlers = new ArrayList<>();
        if (!ClassMethods.isConcrete(type)
                || !names.index().mayHaveMethod(Hierarchy.qualifiedName(type), ENTRY_SIGNATURES)
                || !isPhaseListener(type, names)) {
            return handlers;
        }
        for (ClassMethods.Member member : ClassMethods.of(type, names)) {
            MethodDeclaration method = member.method();
            if (method.getBody().isPresent() && ENTRY_POINTS.contains(method.getNameAsString())
                    && Signatures.parametersAre(method, member.names(), FacesTypes.PHASE_EVENT)) {
                handlers.add(new Handler(FacesTypes.FRAMEWORK, type, method, AcceptedMethods.anyMethod()));
            }
        }
        return handlers;
    }

    private static boolean isPhaseListener(TypeDeclaration<?> type, TypeNames names) {
        if (implementsIt(type, names)) {
            return true;
        }
        return Hierarchy.supertypes(type, names).stream()
                .anyMatch(supertype -> implementsIt(supertype.declaration(), supertype.names()));
    }

    private static boolean implementsIt(TypeDeclaration<?> type, TypeNames names) {
        return type instanceof ClassOrInterfaceDeclaration declared && (declared.getImplementedTypes().stream()
                .anyMatch(implemented -> names.isType(implemented, FacesTypes.PHASE_LISTENER))
                || declared.isInterface() && declared.getExtendedTypes().stream()
                        .anyMatch(extended -> names.isType(extended, FacesTypes.PHASE_LISTENER)));
    }
}
