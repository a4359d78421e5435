package dev.redirectlint.project;

import java.util.Arrays;
import java.util.function.LongPredicate;

/**
 * The identifiers a file mentions, by type and member, as 64-bit hashes, and which members hold a
 * redirect token. Only the relevance closure needs them; they are not cached.
 *
 * <p>A member's identifiers are kept as positions in the file's sorted identifiers, two bytes each instead
 * of eight: on a large tree these lists are most of what the closure holds. A file with more distinct
 * identifiers than two bytes can number keeps none per member, and each member counts as mentioning all of
 * the file's: a wider closure, never a narrower one.
 *
 * @param typeHeaders per type: the identifiers of its annotations and supertypes
 * @param typeHeaderTriggers per type: whether its header holds a redirect token (a class-level
 *     {@code @ResponseStatus(FOUND)})
 * @param typeAnnotations per type: the simple names of its annotations
 * @param memberRefs per type, per member (in {@link TypeFact#members()} order): the positions in {@code file}
 *     of the identifiers it mentions; null if the file has too many identifiers to number
 * @param memberAnnotations per type, per member: the simple names of its annotations
 * @param memberTriggers per type, per member: whether it holds a redirect token
 * @param file every identifier of the file, sorted and distinct
 * @param fileTrigger whether the file holds a redirect token anywhere
 */
public record FileMentions(long[][] typeHeaders, boolean[] typeHeaderTriggers, long[][] typeAnnotations,
        char[][][] memberRefs, long[][][] memberAnnotations, boolean[][] memberTriggers, long[] file,
        boolean fileTrigger) {

    public static final FileMentions NONE = new FileMentions(new long[0][], new boolean[0], new long[0][],
            new char[0][][], new long[0][][], new boolean[0][], new long[0], false);

    private static final int MAX_REFS = Character.MAX_VALUE + 1;

    /** The mentions of a file, with each member's identifiers ({@code members}, each sorted) given as hashes. */
    static FileMentions of(long[][] typeHeaders, boolean[] typeHeaderTriggers, long[][] typeAnnotations,
            long[][][] members, long[][][] memberAnnotations, boolean[][] memberTriggers, long[] file,
            boolean fileTrigger) {
        return new FileMentions(typeHeaders, typeHeaderTriggers, typeAnnotations, refs(members, file),
                memberAnnotations, memberTriggers, file, fileTrigger);
    }

    private static char[][][] refs(long[][][] members, long[] file) {
        if (file.length > MAX_REFS) {
            return null;
        }
        char[][][] refs = new char[members.length][][];
        for (int t = 0; t < members.length; t++) {
            refs[t] = new char[members[t].length][];
            for (int m = 0; m < members[t].length; m++) {
                long[] ids = members[t][m];
                char[] positions = new char[ids.length];
                for (int i = 0; i < ids.length; i++) {
                    int position = Arrays.binarySearch(file, ids[i]);
                    if (position < 0) {
                        return null; // not one of the file's words: the scanner changed; stay wide, not wrong
                    }
                    positions[i] = (char) position;
                }
                refs[t][m] = positions;
            }
        }
        return refs;
    }

    /**
     * The positions in {@link #file()} of the identifiers member {@code m} of type {@code t} mentions, or null
     * for a file whose members are not numbered (each then counts as mentioning all of the file's).
     */
    public char[] memberPositions(int t, int m) {
        return memberRefs == null ? null : memberRefs[t][m];
    }

    /**
     * True if an identifier that member {@code m} of type {@code t} mentions passes the test; with
     * {@code wholeFile}, or for a file whose members are not numbered, any identifier of the file.
     */
    public boolean anyMentioned(int t, int m, boolean wholeFile, LongPredicate test) {
        if (wholeFile || memberRefs == null) {
            for (long name : file) {
                if (test.test(name)) {
                    return true;
                }
            }
            return false;
        }
        for (char position : memberRefs[t][m]) {
            if (test.test(file[position])) {
                return true;
            }
        }
        return false;
    }
}
