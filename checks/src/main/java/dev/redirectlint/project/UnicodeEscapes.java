package dev.redirectlint.project;

/**
 * Unicode escapes ({@code \u0022}) as javac translates them before it reads any token, so that a
 * {@code "redirect:"} written with escapes is still seen. Offsets shift, which only the scanner sees.
 */
final class UnicodeEscapes {

    private UnicodeEscapes() {}

    static String translate(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\' && precededByEvenBackslashes(text, i) && i + 1 < text.length() && text.charAt(i + 1) == 'u') {
                int j = i + 1;
                while (j < text.length() && text.charAt(j) == 'u') {
                    j++;
                }
                if (j + 4 <= text.length() && isHex(text, j, j + 4)) {
                    out.append((char) Integer.parseInt(text.substring(j, j + 4), 16));
                    i = j + 4;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    /** An escape's backslash must not itself be escaped: {@code \\u0041} is a backslash and "u0041". */
    private static boolean precededByEvenBackslashes(String text, int at) {
        int count = 0;
        for (int k = at - 1; k >= 0 && text.charAt(k) == '\\'; k--) {
            count++;
        }
        return count % 2 == 0;
    }

    private static boolean isHex(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (Character.digit(text.charAt(k), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
