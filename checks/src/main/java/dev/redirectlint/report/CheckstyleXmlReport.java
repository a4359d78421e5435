package dev.redirectlint.report;

import dev.redirectlint.api.Finding;
import dev.redirectlint.api.LintResult;
import dev.redirectlint.api.ProcessingError;
import dev.redirectlint.engine.RedirectLint;
import dev.redirectlint.io.AtomicFiles;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes findings in Checkstyle's XML result format ({@code checkstyle-result.xml}), which Jenkins Warnings
 * NG, reviewdog, GitLab converters, Sonar and many other tools read:
 *
 * <pre>{@code
 * <checkstyle version="0.1.0">
 *   <file name="/abs/path/OrderController.java">
 *     <error line="11" column="16" severity="warning" message="..." source="redirect-lint.non-get-302"/>
 *   </file>
 * </checkstyle>
 * }</pre>
 *
 * <p>File names are absolute paths, as Checkstyle writes them; columns are 1-based; severities are
 * {@code error}, {@code warning} and {@code info}. A file that could not be analysed gets an {@code error}
 * with source {@value #PARSE_ERROR_SOURCE}. The XML is written with the JDK's {@link XMLStreamWriter};
 * characters that XML 1.0 does not allow (most C0 controls, unpaired surrogates, U+FFFE and U+FFFF) become
 * U+FFFD, and line breaks and tabs in attribute values become spaces, as an XML parser would read them.
 */
public final class CheckstyleXmlReport {

    /** The {@code source} of the error written for a file that could not be analysed. */
    public static final String PARSE_ERROR_SOURCE = "redirect-lint.parse-error";

    private final String toolVersion;

    public CheckstyleXmlReport() {
        this(RedirectLint.version());
    }

    public CheckstyleXmlReport(String toolVersion) {
        this.toolVersion = toolVersion;
    }

    /** The {@code source} attribute of a rule's findings: {@code redirect-lint.non-get-302}. */
    public static String source(String ruleId) {
        return "redirect-lint." + ruleId;
    }

    /** The report as XML text. */
    public String render(LintResult result) {
        Map<String, List<Entry>> files = new TreeMap<>();
        for (ProcessingError error : result.errors()) {
            files.computeIfAbsent(name(error.file()), k -> new ArrayList<>())
                    .add(new Entry(error.line(), error.column(), "error", error.reason(), PARSE_ERROR_SOURCE));
        }
        for (Finding finding : result.findings()) {
            files.computeIfAbsent(name(finding.file()), k -> new ArrayList<>())
                    .add(new Entry(finding.region().startLine(), finding.region().startColumn(),
                            finding.severity().id(), finding.message(), source(finding.ruleId())));
        }
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("checkstyle");
            xml.writeAttribute("version", attribute(toolVersion));
            for (Map.Entry<String, List<Entry>> file : files.entrySet()) {
                xml.writeCharacters("\n  ");
                xml.writeStartElement("file");
                xml.writeAttribute("name", attribute(file.getKey()));
                for (Entry entry : file.getValue()) {
                    xml.writeCharacters("\n    ");
                    xml.writeEmptyElement("error");
                    if (entry.line() > 0) {
                        xml.writeAttribute("line", Integer.toString(entry.line()));
                        if (entry.column() > 0) {
                            xml.writeAttribute("column", Integer.toString(entry.column()));
                        }
                    }
                    xml.writeAttribute("severity", entry.severity());
                    xml.writeAttribute("message", attribute(entry.message()));
                    xml.writeAttribute("source", entry.source());
                }
                xml.writeCharacters("\n  ");
                xml.writeEndElement();
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write the Checkstyle XML report", e);
        }
        return text + "\n";
    }

    /** Writes the report in UTF-8, replacing {@code target} atomically. */
    public void write(LintResult result, Path target) throws IOException {
        AtomicFiles.write(target, render(result), StandardCharsets.UTF_8);
    }

    private static String name(Path file) {
        return file.toAbsolutePath().normalize().toString();
    }

    /**
     * The text as an attribute value that survives a round trip through an XML 1.0 parser: characters XML
     * does not allow become U+FFFD, and CR LF, CR, LF and tab become a space.
     */
    static String attribute(String text) {
        String value = text == null ? "" : text;
        StringBuilder clean = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\r' && i + 1 < value.length() && value.charAt(i + 1) == '\n') {
                continue;
            }
            if (c == '\r' || c == '\n' || c == '\t') {
                clean.append(' ');
            } else if (Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                clean.append(c).append(value.charAt(++i));
            } else if (c < 0x20 || Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
                clean.append('\uFFFD');
            } else {
                clean.append(c);
            }
        }
        return clean.toString();
    }

    private record Entry(int line, int column, String severity, String message, String source) {}
}
