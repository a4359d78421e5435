package dev.redirectlint.project;

import java.util.Arrays;
import java.util.List;

/**
 * Which files mention an identifier: an inverted index over the files' identifier hashes, in flat arrays
 * (a project has millions of postings, and boxing each would cost more than the scan itself).
 */
final class NameIndex {

    private static final int[] NONE = {};

    private final long[] keys;
    private final int[] firstPosting;
    private final int[] postingFile;
    private final int[] nextPosting;

    NameIndex(List<long[]> mentionsByFile) {
        int postings = 0;
        for (long[] mentions : mentionsByFile) {
            postings += mentions.length;
        }
        int capacity = Integer.highestOneBit(Math.max(16, postings) * 2 - 1) << 1;
        keys = new long[capacity];
        firstPosting = new int[capacity];
        Arrays.fill(firstPosting, -1);
        postingFile = new int[postings];
        nextPosting = new int[postings];
        int n = 0;
        for (int f = mentionsByFile.size() - 1; f >= 0; f--) { // prepending keeps each list in file order
            for (long id : mentionsByFile.get(f)) {
                int slot = slot(id);
                keys[slot] = id;
                postingFile[n] = f;
                nextPosting[n] = firstPosting[slot];
                firstPosting[slot] = n++;
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
