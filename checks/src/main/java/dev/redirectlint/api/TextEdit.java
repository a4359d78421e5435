package dev.redirectlint.api;

/**
 * Replaces {@code [startOffset, endOffset)} of the original file text with {@code replacement}; an
 * insertion has {@code startOffset == endOffset}.
 */
public record TextEdit(int startOffset, int endOffset, String replacement) {

    public TextEdit {
        if (startOffset < 0 || endOffset < startOffset) {
            throw new IllegalArgumentException("Bad edit span [" + startOffset + ", " + endOffset + ")");
        }
    }

    public static TextEdit insert(int offset, String text) {
        return new TextEdit(offset, offset, text);
    }
}
