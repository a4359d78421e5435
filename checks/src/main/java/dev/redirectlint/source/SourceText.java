package dev.redirectlint.source;

import com.github.javaparser.Position;
import com.github.javaparser.Range;
import com.github.javaparser.ast.Node;
import dev.redirectlint.api.Region;
import java.util.Arrays;

/**
 * A file's decoded text with the one conversion between JavaParser positions and text offsets.
 *
 * <p>JavaParser is given the text without a leading byte-order mark and with a tab width of one, so
 * its columns count characters; offsets here are into the full text, BOM included, so edits apply to
 * the file exactly as it was read.
 */
public final class SourceText {

    private static final char BOM = '\uFEFF';

    private final String text;
    private final int bomLength;
    private final int[] lineStarts;
    private String lineSeparator;

    public SourceText(String text) {
        this.text = text;
        this.bomLength = !text.isEmpty() && text.charAt(0) == BOM ? 1 : 0;
        this.lineStarts = computeLineStarts(text, bomLength);
    }

    /** The full text as read, including any byte-order mark. */
    public String text() {
        return text;
    }

    /** The text handed to the parser. */
    public String parsableText() {
        return text.substring(bomLength);
    }

    /** The line separator the file uses most, for inserted lines. */
    public String lineSeparator() {
        if (lineSeparator == null) {
            lineSeparator = countLineSeparators();
        }
        return lineSeparator;
    }

    /** Scans the whole text once: fixes ask for every finding, and a large file has thousands. */
    private String countLineSeparators() {
        int crlf = 0;
        int lf = 0;
        int cr = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (i > 0 && text.charAt(i - 1) == '\r') {
                    crlf++;
                } else {
                    lf++;
                }
            } else if (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                cr++; // classic Mac OS line ends: rare, but an LF inserted among them is a mixed file
            }
        }
        if (cr > crlf && cr > lf) {
            return "\r";
        }
        return crlf > lf ? "\r\n" : "\n";
    }

    /** The offset of a 1-based line and column. */
    public int offset(int line, int column) {
        int index = Math.max(0, Math.min(line - 1, lineStarts.length - 1));
        return Math.min(text.length(), lineStarts[index] + column - 1);
    }

    public int offset(Position position) {
        return offset(position.line, position.column);
    }

    /** Offset of the first character of the node. */
    public int start(Node node) {
        return offset(range(node).begin);
    }

    /** Offset just past the last character of the node. */
    public int end(Node node) {
        return offset(range(node).end) + 1;
    }

    public Region region(Node node) {
        Range range = range(node);
        return new Region(range.begin.line, range.begin.column, range.end.line, range.end.column,
                offset(range.begin), offset(range.end) + 1);
    }

    /** The text of the node exactly as written. */
    public String textOf(Node node) {
        return text.substring(start(node), end(node));
    }

    /** Offset of the start of the line holding {@code offset}. */
    public int lineStartOf(int offset) {
        int index = Arrays.binarySearch(lineStarts, offset);
        return lineStarts[index >= 0 ? index : -index - 2];
    }

    /** The spaces and tabs that begin the line holding {@code offset}. */
    public String indentationAt(int offset) {
        int start = lineStartOf(offset);
        int end = start;
        while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
            end++;
        }
        return text.substring(start, end);
    }

    private static Range range(Node node) {
        return node.getRange().orElseThrow(() -> new IllegalStateException("Node without position: " + node));
    }

    /** Line starts as JavaParser counts lines: CR LF, LF and a lone CR each end a line. */
    private static int[] computeLineStarts(String text, int from) {
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = from;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineEnd = c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'));
            if (lineEnd) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, count);
    }
}
