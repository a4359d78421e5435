package dev.redirectlint.apply;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.Arrays;

/**
 * How to write a file back exactly as it was encoded. Mostly that is the configured charset; but the
 * {@code UTF-16} and {@code UTF-32} decoders take the byte order from a byte-order mark and drop it, while
 * their encoders always write big-endian: a little-endian file would come back byte-swapped. So the byte
 * order and the mark are taken from the file's first bytes.
 *
 * @param charset the charset to encode with
 * @param mark the bytes to write before the text (the byte-order mark the decoder consumed), often none
 */
record OriginalEncoding(Charset charset, byte[] mark) {

    private static final byte[] NONE = new byte[0];

    static OriginalEncoding of(Charset configured, byte[] original) {
        String name = configured.name();
        if (name.equals("UTF-16")) {
            if (startsWith(original, 0xFF, 0xFE)) {
                return new OriginalEncoding(Charset.forName("UTF-16LE"), Arrays.copyOf(original, 2));
            }
            if (startsWith(original, 0xFE, 0xFF)) {
                return new OriginalEncoding(Charset.forName("UTF-16BE"), Arrays.copyOf(original, 2));
            }
            return new OriginalEncoding(Charset.forName("UTF-16BE"), NONE);
        }
        if (name.equals("UTF-32")) {
            if (startsWith(original, 0xFF, 0xFE, 0x00, 0x00)) {
                return new OriginalEncoding(Charset.forName("UTF-32LE"), Arrays.copyOf(original, 4));
            }
            if (startsWith(original, 0x00, 0x00, 0xFE, 0xFF)) {
                return new OriginalEncoding(Charset.forName("UTF-32BE"), Arrays.copyOf(original, 4));
            }
            return new OriginalEncoding(Charset.forName("UTF-32BE"), NONE);
        }
        return new OriginalEncoding(configured, NONE);
    }

    /** @throws CharacterCodingException if the charset cannot represent the text */
    byte[] encode(String text) throws CharacterCodingException {
        ByteBuffer buffer = charset.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .encode(CharBuffer.wrap(text));
        byte[] bytes = new byte[mark.length + buffer.remaining()];
        System.arraycopy(mark, 0, bytes, 0, mark.length);
        buffer.get(bytes, mark.length, buffer.remaining());
        return bytes;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
