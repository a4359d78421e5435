package dev.redirectlint.report;

/**
 * Makes text from analysed sources (messages quote status expressions and view names; paths come from
 * the file system) safe to print or to encode: the reports must never fail, nor be garbled, because
 * of what a source file holds.
 */
final class ReportText {

    /** The longest message a console line shows; the SARIF log keeps the whole message. */
    static final int MAX_CONSOLE_MESSAGE = 2000;

    private ReportText() {}

    /**
     * The text with each unpaired surrogate (half of a character, as a truncated snippet may leave)
     * replaced by U+FFFD, so that it can be encoded as UTF-8.
     */
    static String wellFormed(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (paired) {
                if (out != null) {
                    out.append(c).append(text.charAt(i + 1));
                }
                i++;
            } else if (Character.isSurrogate(c)) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
                out.append('\uFFFD');
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    /**
     * True for a character that must not reach a terminal or a log as it is: a control character (ESC starts
     * terminal commands, BEL rings), a line or paragraph separator, and a format character such as the
     * bidirectional overrides (U+202E shows text in another order than it is), zero-width characters
     * and the byte-order mark.
     */
    static boolean isHidden(char c) {
        return c != '\t' && Character.isISOControl(c) || c == '\u2028' || c == '\u2029'
                || Character.getType(c) == Character.FORMAT;
    }

    /**
     * The text on one console line: line breaks and other control characters are shown as escapes
     * ({@code \n}, {@code \u001B}) so that a source cannot forge log lines or send terminal
     * commands, unpaired surrogates become U+FFFD, and very long text is cut.
     */
    static String console(String text, int max) {
        String safe = wellFormed(text);
        StringBuilder out = new StringBuilder(Math.min(safe.length(), max + 16));
        for (int i = 0; i < safe.length(); i++) {
            if (out.length() >= max) {
                return out.append("... (").append(safe.length() - i).append(" more characters)").toString();
            }
            char c = safe.charAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append('\t');
                default -> {
                    if (isHidden(c)) {
                        out.append(String.format("\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
