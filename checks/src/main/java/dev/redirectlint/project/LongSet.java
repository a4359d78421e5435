package dev.redirectlint.project;

import java.util.Arrays;

/** A set of non-zero longs (identifier hashes) with open addressing: no boxing for millions of lookups. */
final class LongSet {

    private long[] slots;
    private int size;

    LongSet() {
        this(16);
    }

    LongSet(int expected) {
        slots = new long[Integer.highestOneBit(Math.max(4, expected) * 2 - 1) << 1];
    }

    static LongSet of(long... values) {
        LongSet set = new LongSet(values.length);
        for (long value : values) {
            set.add(value);
        }
        return set;
    }

    /** Adds the value; true if it was not there yet. */
    boolean add(long value) {
        if ((size + 1) * 2 > slots.length) {
            grow();
        }
        int mask = slots.length - 1;
        int i = (int) value & mask;
        while (slots[i] != 0) {
            if (slots[i] == value) {
                return false;
            }
            i = (i + 1) & mask;
        }
        slots[i] = value;
        size++;
        return true;
    }

    boolean contains(long value) {
        int mask = slots.length - 1;
        int i = (int) value & mask;
        while (slots[i] != 0) {
            if (slots[i] == value) {
                return true;
            }
            i = (i + 1) & mask;
        }
        return false;
    }

    /** True if any of the values is in the set. */
    boolean containsAny(long[] values) {
        for (long value : values) {
            if (contains(value)) {
                return true;
            }
        }
        return false;
    }

    int size() {
        return size;
    }

    /** The values, sorted: a stable form for digests and the cache. */
    long[] toSortedArray() {
        long[] values = new long[size];
        int n = 0;
        for (long slot : slots) {
            if (slot != 0) {
                values[n++] = slot;
            }
        }
        Arrays.sort(values);
        return values;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        size = 0;
        for (long value : old) {
            if (value != 0) {
                add(value);
            }
        }
    }
}
