package dev.redirectlint.lsp;

import java.util.Arrays;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * Converts between the engine's character offsets and LSP positions (0-based line, UTF-16 code units in the
 * line) for one text. Java strings are UTF-16 too, so a column is a distance in chars from the line start.
 * Lines end at {@code \n}, {@code \r\n} or a lone {@code \r}, as LSP says. A leading byte-order mark, which
 * the engine's offsets count and an editor's buffer does not hold, takes no column.
 */
final class TextPositions {

    private final String text;
    private final int[] lineStarts;
    private final int bom;

    TextPositions(String text) {
        this.text = text;
        this.bom = text.startsWith("\uFEFF") ? 1 : 0;
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean end = c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'));
            if (end) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, count);
    }

    String text() {
        return text;
    }

    Position position(int offset) {
        int clamped = Math.max(0, Math.min(offset, text.length()));
        int line = Arrays.binarySearch(lineStarts, clamped);
        if (line < 0) {
            line = -line - 2;
        }
        return new Position(line, Math.max(0, clamped - lineStarts[line] - (line == 0 ? bom : 0)));
    }

    Range range(int startOffset, int endOffset) {
        return new Range(position(startOffset), position(endOffset));
    }

    /** The offset of a position; a column past the line's end means the line's end, as LSP says. */
    int offset(Position position) {
        if (position.getLine() >= lineStarts.length) {
            return text.length();
        }
        int start = lineStarts[Math.max(0, position.getLine())] + (position.getLine() <= 0 ? bom : 0);
        int end = position.getLine() + 1 < lineStarts.length ? lineStarts[position.getLine() + 1] : text.length();
        while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return Math.min(start + Math.max(0, position.getCharacter()), end);
    }

    /** The offset of a 1-based line and column, as a parser reports them (a tab is one column). */
    int offset(int line, int column) {
        if (line < 1) {
            return 0;
        }
        return offset(new Position(line - 1, Math.max(0, column - 1)));
    }
}
