package dev.redirectlint.project;

import java.util.Arrays;
import java.util.List;

/**
 * Which files mention an identifier: an inverted index over the files' identifier hashes, in flat arrays
 * (a project has millions of postings, and boxing each would cost more than the scan itself).
 */
final class NameIndex {

    private static final int[] NONE = {};

    /** Open addressing over the distinct identifiers, grown as they come: far fewer than the postings. */
    private long[] keys;
    private int[] firstPosting;
    private int distinct;
    private final int[] postingFile;
    private final int[] nextPosting;

    NameIndex(List<long[]> mentionsByFile) {
        int postings = 0;
        for (long[] mentions : mentionsByFile) {
            postings += mentions.length;
        }
        keys = new long[1 << 12];
        firstPosting = new int[keys.length];
        Arrays.fill(firstPosting, -1);
        postingFile = new int[postings];
        nextPosting = new int[postings];
        int n = 0;
        for (int f = mentionsByFile.size() - 1; f >= 0; f--) { // prepending keeps each list in file order
            for (long id : mentionsByFile.get(f)) {
                int slot = slot(id);
                if (keys[slot] != id) {
                    if (++distinct * 2 > keys.length) {
                        grow();
                        slot = slot(id);
                    }
                    keys[slot] = id;
                }
                postingFile[n] = f;
                nextPosting[n] = firstPosting[slot];
                firstPosting[slot] = n++;
            }
        }
    }

    /** Doubles the table, keeping each identifier's posting list. */
    private void grow() {
        long[] oldKeys = keys;
        int[] oldFirst = firstPosting;
        keys = new long[oldKeys.length * 2];
        firstPosting = new int[keys.length];
        Arrays.fill(firstPosting, -1);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                int slot = slot(oldKeys[i]);
                keys[slot] = oldKeys[i];
                firstPosting[slot] = oldFirst[i];
            }
        }
    }

    /** The files that mention the identifier, in ascending order. */
    int[] filesMentioning(long id) {
        int slot = slot(id);
        if (keys[slot] != id) {
            return NONE;
        }
        int count = 0;
        for (int p = firstPosting[slot]; p >= 0; p = nextPosting[p]) {
            count++;
        }
        int[] files = new int[count];
        int i = 0;
        for (int p = firstPosting[slot]; p >= 0; p = nextPosting[p]) {
            files[i++] = postingFile[p];
        }
        return files;
    }

    private int slot(long id) {
        int mask = keys.length - 1;
        int i = (int) (id ^ (id >>> 32)) & mask;
        while (keys[i] != 0 && keys[i] != id) {
            i = (i + 1) & mask;
        }
        return i;
    }
}
