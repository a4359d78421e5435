package dev.redirectlint.project;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Which files mention an identifier: an inverted index over the files' identifier hashes, in flat arrays
 * (a project has millions of postings, and boxing each would cost more than the scan itself).
 */
final class NameIndex {

    /** Open addressing over the distinct identifiers: far fewer than the postings. */
    private long[] keys;
    /** For each slot of {@link #keys}, the identifier's number, or -1. */
    private int[] numbers;
    private int distinct;
    /** The files of identifier {@code i} are {@code files[start[i]] .. files[start[i + 1] - 1]}, ascending. */
    private final int[] start;
    private final int[] files;

    NameIndex(List<long[]> mentionsByFile) {
        int postings = 0;
        for (long[] mentions : mentionsByFile) {
            postings += mentions.length;
        }
        keys = new long[1 << 12];
        numbers = new int[keys.length];
        Arrays.fill(numbers, -1);
        // Numbered in one pass, then laid out per identifier: a file's postings of one identifier are then
        // adjacent, which a walk of linked postings across the whole array was not.
        int[] numberOf = new int[postings];
        int[] counts = new int[1 << 12];
        int n = 0;
        for (long[] mentions : mentionsByFile) {
            for (long id : mentions) {
                int number = number(id);
                if (number == counts.length) {
                    counts = Arrays.copyOf(counts, counts.length * 2);
                }
                counts[number]++;
                numberOf[n++] = number;
            }
        }
        start = new int[distinct + 1];
        for (int i = 0; i < distinct; i++) {
            start[i + 1] = start[i] + counts[i];
        }
        int[] next = Arrays.copyOf(start, distinct);
        files = new int[postings];
        n = 0;
        for (int f = 0; f < mentionsByFile.size(); f++) {
            for (int k = mentionsByFile.get(f).length; k > 0; k--) {
                files[next[numberOf[n++]]++] = f;
            }
        }
    }

    /** The identifier's number, given it now if it has none. */
    private int number(long id) {
        int slot = slot(id);
        if (numbers[slot] >= 0) {
            return numbers[slot];
        }
        if ((distinct + 1) * 2 > keys.length) {
            grow();
            slot = slot(id);
        }
        keys[slot] = id;
        numbers[slot] = distinct;
        return distinct++;
    }

    /** Doubles the table, keeping each identifier's number. */
    private void grow() {
        long[] oldKeys = keys;
        int[] oldNumbers = numbers;
        keys = new long[oldKeys.length * 2];
        numbers = new int[keys.length];
        Arrays.fill(numbers, -1);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldNumbers[i] >= 0) {
                int slot = slot(oldKeys[i]);
                keys[slot] = oldKeys[i];
                numbers[slot] = oldNumbers[i];
            }
        }
    }

    /** Marks the files that mention the identifier. */
    void markFilesMentioning(long id, BitSet marked) {
        int slot = slot(id);
        if (numbers[slot] < 0) {
            return;
        }
        int number = numbers[slot];
        for (int p = start[number]; p < start[number + 1]; p++) {
            marked.set(files[p]);
        }
    }

    private int slot(long id) {
        int mask = keys.length - 1;
        int i = (int) (id ^ (id >>> 32)) & mask;
        while (numbers[i] >= 0 && keys[i] != id) {
            i = (i + 1) & mask;
        }
        return i;
    }
}
