package dev.redirectlint.lsp;

import dev.redirectlint.api.Finding;
import dev.redirectlint.api.ProcessingError;
import dev.redirectlint.api.Region;
import dev.redirectlint.api.RelatedLocation;
import dev.redirectlint.api.Severity;
import dev.redirectlint.report.SarifReport;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.nio.file.Path;
import org.eclipse.lsp4j.DiagnosticCodeDescription;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/** Findings and processing errors as LSP diagnostics. */
final class Diagnostics {

    static final String SOURCE = "redirect-lint";
    /** The code of a diagnostic for a file the engine could not analyse (it does not parse, say). */
    static final String NOT_ANALYSED = "not-analysed";

    private Diagnostics() {}

    /** @param uris the URI a file is known by to the client */
    static Diagnostic of(Finding finding, Function<Path, String> uris) {
        Diagnostic diagnostic = new Diagnostic(range(finding.region()), finding.message(), severity(finding.severity()),
                SOURCE, finding.ruleId());
        diagnostic.setCodeDescription(new DiagnosticCodeDescription(documentation(finding.ruleId())));
        List<DiagnosticRelatedInformation> related = new ArrayList<>();
        for (RelatedLocation location : finding.related()) {
            related.add(new DiagnosticRelatedInformation(
                    new Location(uris.apply(location.file()), range(location.region())), location.message()));
        }
        if (!related.isEmpty()) {
            diagnostic.setRelatedInformation(related);
        }
        return diagnostic;
    }

    static Diagnostic of(ProcessingError error) {
        Position at = new Position(Math.max(0, error.line() - 1), Math.max(0, error.column() - 1));
        Diagnostic diagnostic = new Diagnostic(new Range(at, at), "redirect-lint could not analyse this file: "
                + error.reason(), DiagnosticSeverity.Error, SOURCE, NOT_ANALYSED);
        return diagnostic;
    }

    static String documentation(String ruleId) {
        String base = SarifReport.INFORMATION_URI;
        int hash = base.indexOf('#');
        return (hash >= 0 ? base.substring(0, hash) : base) + "#" + ruleId;
    }

    /** A region's lines and columns (1-based, end inclusive) as an LSP range (0-based, end exclusive). */
    static Range range(Region region) {
        return new Range(new Position(region.startLine() - 1, region.startColumn() - 1),
                new Position(region.endLine() - 1, region.endColumn()));
    }

    static DiagnosticSeverity severity(Severity severity) {
        return switch (severity) {
            case ERROR -> DiagnosticSeverity.Error;
            case WARNING -> DiagnosticSeverity.Warning;
            case INFO -> DiagnosticSeverity.Information;
        };
    }

    /** The rule id of a diagnostic, as {@link #of(Finding, Function)} set it. */
    static String code(Diagnostic diagnostic) {
        Either<String, Integer> code = diagnostic.getCode();
        return code == null ? null : code.isLeft() ? code.getLeft() : String.valueOf(code.getRight());
    }
}
