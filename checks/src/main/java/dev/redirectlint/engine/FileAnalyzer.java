package dev.redirectlint.engine;

import com.github.javaparser.Problem;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.redirectlint.api.Finding;
import dev.redirectlint.api.Fix;
import dev.redirectlint.api.ProcessingError;
import dev.redirectlint.api.RelatedLocation;
import dev.redirectlint.api.TextEdit;
import dev.redirectlint.frameworks.FrameworkHome;
import dev.redirectlint.frameworks.HandlerFrameworks;
import dev.redirectlint.java.Hierarchy;
import dev.redirectlint.java.NodeIdentity;
import dev.redirectlint.java.SourceFile;
import dev.redirectlint.model.Handler;
import dev.redirectlint.model.HandlerAnalysis;
import dev.redirectlint.model.Redirect;
import dev.redirectlint.project.ProjectModel;
import dev.redirectlint.redirects.HandlerContext;
import dev.redirectlint.redirects.LocationWrites;
import dev.redirectlint.redirects.RedirectDetector;
import dev.redirectlint.rules.FindingSink;
import dev.redirectlint.rules.Messages;
import dev.redirectlint.rules.Rule;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Analyses one file of the project: find its handlers (also those its classes inherit), find the
 * redirects of the code they run (in any file), run the enabled rules.
 */
final class FileAnalyzer {

    /** The core's detectors of redirects that code sends. */
    private static final List<RedirectDetector> CORE = List.of();

    /** Statuses a handler only declares (an annotation): reported when nothing before found a redirect. */
    private static final List<RedirectDetector> FALLBACKS = List.of();

    /**
     * The phases in order: the core's detectors, each home's, then the fallbacks (each home's, then the core's),
     * which see what those before them found.
     */
    private static final List<RedirectDetector> DETECTORS = Stream.of(CORE.stream(),
            FrameworkHome.installed().stream().flatMap(home -> home.redirectDetectors().stream()),
            FrameworkHome.installed().stream().flatMap(home -> home.fallbackDetectors().stream()), FALLBACKS.stream())
            .flatMap(phase -> phase).toList();

    private final LintConfig config;
    private final List<Rule> rules;

    FileAnalyzer(LintConfig config) {
        this.config = config;
        this.rules = Rules.all().stream().filter(rule -> config.isEnabled(rule.info().id())).toList();
    }

    FileResult analyze(ProjectModel model, int index) {
        Optional<SourceFile> parsed = model.file(index);
        Path path = model.entries().get(index).path();
        if (parsed.isEmpty()) {
            return FileResult.failed(parseError(path, model.problems(index)));
        }
        SourceFile file = parsed.get();
        Sink sink = new Sink();
        for (Handler handler : HandlerFrameworks.handlers(file.unit(), file.names())) {
            HandlerContext context = new HandlerContext(handler, config.libraries());
            List<Redirect> found = new ArrayList<>();
            DETECTORS.forEach(detector -> detector.detect(context, found));
            if (found.isEmpty()) {
                continue;
            }
            HandlerAnalysis analysis = new HandlerAnalysis(handler, distinct(found), LocationWrites.setsLocation(context));
            rules.forEach(rule -> rule.check(analysis, sink));
        }
        return FileResult.of(sink.findings);
    }

    /**
     * One redirect per path, status and mechanism: a view reached twice along the same calls counts once,
     * while two sites behind one call (a template method's branches) or one helper reached from two calls
     * stay apart, since each is its own finding once attributed.
     */
    private static List<Redirect> distinct(List<Redirect> found) {
        Set<List<Object>> seen = new HashSet<>();
        List<Redirect> distinct = new ArrayList<>();
        for (Redirect redirect : found) {
            List<Object> key = new ArrayList<>();
            key.add(new NodeIdentity(redirect.location()));
            key.add(new NodeIdentity(redirect.helperSite().orElse(null)));
            redirect.chain().forEach(step -> key.add(new NodeIdentity(step)));
            key.add(redirect.status());
            key.add(redirect.mechanism());
            key.add(redirect.expression());
            if (seen.add(key)) {
                distinct.add(redirect);
            }
        }
        return distinct;
    }

    /**
     * The expression as JavaParser prints it (so layout does not matter), with every run of whitespace
     * made one space: re-indenting or re-wrapping the code keeps the fingerprint.
     */
    static String normalise(String expression) {
        return expression == null ? "" : expression.strip().replaceAll("\\s+", " ");
    }

    static ProcessingError parseError(Path file, List<Problem> problems) {
        if (problems.isEmpty()) {
            return new ProcessingError(file, 0, 0, "cannot be parsed as Java");
        }
        Problem first = problems.get(0);
        int line = first.getLocation().flatMap(l -> l.toRange()).map(r -> r.begin.line).orElse(0);
        int column = first.getLocation().flatMap(l -> l.toRange()).map(r -> r.begin.column).orElse(0);
        String message = first.getMessage().lines().findFirst().orElse("syntax error").trim().replaceAll("\\s+", " ");
        if (message.length() > 300) {
            message = message.substring(0, 300) + "...";
        }
        String more = problems.size() > 1 ? " (and " + (problems.size() - 1) + " more problems)" : "";
        return new ProcessingError(file, line, column, "syntax error: " + message + more);
    }

    /** Turns rule reports into findings: position, severity, related locations, fixes, suppression. */
    private final class Sink implements FindingSink {
        private final List<Finding> findings = new ArrayList<>();
        private final Map<List<Object>, Integer> indexByPlace = new HashMap<>();

        @Override
        public int preferredStatus() {
            return config.preferredStatus();
        }

        @Override
        public void report(String ruleId, HandlerAnalysis analysis, Redirect redirect, String messageKey,
                List<String> messageArgs, List<Integer> fixStatuses) {
            Handler handler = analysis.handler();
            if (Suppressions.isSuppressed(handler.code(), ruleId) || Suppressions.isSuppressed(handler.type(), ruleId)
                    || redirect.helperSite().filter(site -> Suppressions.isSuppressed(site, ruleId)).isPresent()) {
                return;
            }
            List<Fix> fixes = new ArrayList<>();
            for (int status : fixStatuses) {
                redirect.remedy().fix(status).ifPresent(fixes::add);
            }
            Optional<Attribution> own = handler.isInherited() ? ownCode(handler, redirect) : Optional.empty();
            boolean ownedByConcreteClass = own.isPresent() && ownerOf(own.get().method()) == handler.type();
            List<String> exposedBy = handler.isInherited() && !ownedByConcreteClass
                    ? List.of(Handler.nameOf(handler.type())) : List.of();
            List<String> args = new ArrayList<>(messageArgs);
            String name = handler.displayName();
            String signature = signature(handler);
            Node location = redirect.location();
            List<RelatedLocation> related = related(redirect);
            Node code = handler.code();
            if (own.isPresent()) {
                name = Handler.nameOf(ownerOf(own.get().method())) + "#" + own.get().method().getNameAsString();
                signature = name + "(" + parameterTypes(own.get().method()) + ")";
                location = own.get().location();
                related = related.subList(own.get().stepsSkipped(), related.size());
                code = own.get().method();
                args.set(0, name);
                String inOwnMethod = " in " + ownerOf(own.get().method()).getNameAsString() + "#"
                        + own.get().method().getNameAsString();
                if (args.size() > 2 && args.get(2).endsWith(inOwnMethod)) {
                    args.set(2, args.get(2).substring(0, args.get(2).length() - inOwnMethod.length()));
                }
            }
            if (!exposedBy.isEmpty()) {
                args.set(0, InheritedHandlers.describe(args.get(0), exposedBy));
            }
            String message = Messages.format(messageKey, args.toArray());
            SourceFile at = SourceFile.require(location);
            add(new Finding(ruleId, config.severityOf(ruleId), message, messageKey, args, at.path(),
                    at.source().region(location), name, args.size() > 2 ? args.get(2) : redirect.description(), related, fixes,
                    signature + "\n" + normalise(redirect.expression()),
                    SourceFile.require(code).source().region(code), exposedBy,
                    fixes.isEmpty() ? redirect.remedy().whyNoFix().orElse(null) : null));
        }

        /**
         * Where a redirect of an inherited handler method belongs when it is decided in the concrete class's own
         * code: a base servlet's {@code doPost} calls {@code processRequest}, and the concrete servlet's override
         * redirects. Then the finding is the concrete class's, at the first step out of its own method (the
         * redirect itself, or the call there that leads to it), not one finding per subclass at the base call.
         */
        private Optional<Attribution> ownCode(Handler handler, Redirect redirect) {
            List<MethodCallExpr> chain = redirect.chain();
            Node site = redirect.helperSite().orElse(redirect.location());
            for (int i = 1; i <= chain.size(); i++) {
                Node next = i < chain.size() ? chain.get(i) : site;
                Optional<MethodDeclaration> method = memberAround(next);
                if (method.isPresent() && declaredIn(method.get(), handler)) {
                    return Optional.of(new Attribution(method.get(), next, Math.min(i, chain.size() - 1)));
                }
            }
            if (chain.isEmpty()) {
                Optional<MethodDeclaration> method = memberAround(site);
                if (method.isPresent() && method.get() != handler.code() && declaredIn(method.get(), handler)) {
                    return Optional.of(new Attribution(method.get(), site, 0));
                }
            }
            return Optional.empty();
        }

        /**
         * True when the method belongs to the concrete class, or to a class between it and the base that declares
         * the handler: an abstract {@code ImageManagement extends BaseServlet} that overrides the template method
         * for its two concrete subclasses owns the redirect it decides there.
         */
        private boolean declaredIn(MethodDeclaration method, Handler handler) {
            return Hierarchy.between(handler.type(), handler.declaringType())
                    .contains(Hierarchy.qualifiedName(ownerOf(method)));
        }

        /**
         * The method of a named class around the node: code in an anonymous class's method (a callback passed
         * on, such as {@code new Persistable<>() { execute() {...} }}) belongs to the method that creates it.
         */
        private static Optional<MethodDeclaration> memberAround(Node node) {
            Optional<MethodDeclaration> method = node.findAncestor(MethodDeclaration.class);
            while (method.isPresent() && method.get().getParentNode().orElse(null)
                    instanceof com.github.javaparser.ast.expr.ObjectCreationExpr anonymous) {
                method = anonymous.findAncestor(MethodDeclaration.class);
            }
            return method;
        }

        private static TypeDeclaration<?> ownerOf(MethodDeclaration method) {
            return method.findAncestor(TypeDeclaration.class).orElseThrow();
        }

        private String parameterTypes(MethodDeclaration method) {
            StringBuilder types = new StringBuilder();
            method.getParameters().forEach(p -> types.append(types.length() > 0 ? ", " : "").append(p.getType().asString())
                    .append(p.isVarArgs() ? "..." : ""));
            return types.toString();
        }

        /**
         * The steps from the handler down to the redirect: each further call of the chain (the first one is
         * where the finding points), then the redirect itself.
         */
        private List<RelatedLocation> related(Redirect redirect) {
            List<RelatedLocation> related = new ArrayList<>();
            List<MethodCallExpr> chain = redirect.chain();
            for (int i = 1; i < chain.size(); i++) {
                related.add(location(chain.get(i), "which calls " + chain.get(i).getNameAsString() + "()"
                        + enclosingMethod(chain.get(i)).map(m -> ", in " + m + "()").orElse("")));
            }
            redirect.helperSite().ifPresent(site -> related.add(location(site, "the redirect is made here"
                    + enclosingMethod(site).map(m -> ", in " + m + "()").orElse(""))));
            return related;
        }

        private RelatedLocation location(Node node, String message) {
            SourceFile file = SourceFile.require(node);
            return new RelatedLocation(file.path(), file.source().region(node), message);
        }

        /**
         * {@code Class#method(ParamType, ...)}: tells overloads apart, independent of parameter names. A
         * lambda has no overloads, but two routes may share a path and differ only by HTTP method.
         */
        private String signature(Handler handler) {
            if (handler.isLambda()) {
                return handler.displayName() + " " + handler.methods().describe();
            }
            StringBuilder signature = new StringBuilder(handler.displayName()).append('(');
            handler.method().getParameters().forEach(parameter -> {
                if (signature.charAt(signature.length() - 1) != '(') {
                    signature.append(", ");
                }
                signature.append(parameter.getType().asString()).append(parameter.isVarArgs() ? "..." : "");
            });
            return signature.append(')').toString();
        }

        /**
         * One finding per rule, place and message: a handler that reaches the same redirect kind through
         * one call along several paths gets one finding with each site as a related location, and each
         * fix covers every site.
         */
        /** Adds a finding, or merges it into the one already at the same place with the same message. */
        private void add(Finding finding) {
            // By key, not by a scan of the findings so far: a generated file can hold thousands of handlers.
            List<Object> key = List.of(finding.ruleId(), finding.file(), finding.region(), finding.message());
            Integer at = indexByPlace.get(key);
            if (at != null) {
                findings.set(at, merge(findings.get(at), finding));
                return;
            }
            indexByPlace.put(key, findings.size());
            findings.add(finding);
        }

        private Optional<String> enclosingMethod(Node node) {
            return node.findAncestor(MethodDeclaration.class).map(method -> method.getNameAsString());
        }
    }

    /**
     * The concrete class's own method that decides a redirect of an inherited handler, where the finding
     * points, and how many related steps (calls before it) to leave out.
     */
    private record Attribution(MethodDeclaration method, Node location, int stepsSkipped) {}

    /** Two findings at one place: the related locations of both, and each fix covering both. */
    static Finding merge(Finding first, Finding second) {
        List<RelatedLocation> related = new ArrayList<>(first.related());
        second.related().stream().filter(r -> !related.contains(r)).forEach(related::add);
        List<Fix> fixes = new ArrayList<>();
        for (Fix fix : first.fixes()) {
            Optional<Fix> twin = second.fixes().stream()
                    .filter(f -> f.status() == fix.status() && f.fileOr(second.file()).equals(fix.fileOr(first.file())))
                    .findFirst();
            if (twin.isPresent()) {
                List<TextEdit> edits = new ArrayList<>(fix.edits());
                twin.get().edits().stream().filter(e -> !edits.contains(e)).forEach(edits::add);
                edits.sort(Comparator.comparingInt(TextEdit::startOffset));
                fixes.add(new Fix(fix.description(), fix.status(), edits, fix.file(), fix.changesReturnTypeOf()));
            }
        }
        return new Finding(first.ruleId(), first.severity(), first.message(), first.messageKey(), first.messageArgs(),
                first.file(), first.region(), first.handler(), first.mechanism(), related, fixes,
                first.fingerprintBasis(), first.handlerRegion(), first.exposedBy(),
                fixes.isEmpty() ? first.noFixReason() : null);
    }
}
