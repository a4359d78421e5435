package dev.redirectlint.project;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * The memory a lexical scan works in, kept by each thread from one file to the next: the text's characters,
 * the growing lists of identifier hashes, and the scratch array that sorts them. Scanning every file of a
 * large tree would otherwise allocate several times the tree's size in arrays that live for one file, and the
 * garbage collector would answer by growing the heap.
 */
final class ScanWorkspace {

    private static final ThreadLocal<ScanWorkspace> CURRENT = ThreadLocal.withInitial(ScanWorkspace::new);

    /** Arrays kept for reuse are at most this long; a larger one is left to the collector. */
    private static final int MAX_POOLED = 1 << 16;
    private static final int SIZE_CLASSES = 17;

    private char[] text = new char[1 << 16];
    private long[] scratch = new long[1 << 10];
    @SuppressWarnings("unchecked")
    private final ArrayDeque<long[]>[] free = new ArrayDeque[SIZE_CLASSES];
    private final List<LexicalScanner.LongList> lent = new ArrayList<>();

    private ScanWorkspace() {
        for (int i = 0; i < SIZE_CLASSES; i++) {
            free[i] = new ArrayDeque<>();
        }
    }

    static ScanWorkspace current() {
        return CURRENT.get();
    }

    /** A character buffer of at least this length, reused: its contents are the caller's until the next call. */
    char[] text(int length) {
        if (text.length < length) {
            text = new char[Math.max(length, text.length * 2)];
        }
        return text;
    }

    /** A scratch array of at least this length for sorting; valid until the next call. */
    long[] scratch(int length) {
        if (scratch.length < length) {
            scratch = new long[Math.max(length, scratch.length * 2)];
        }
        return scratch;
    }

    /** An array of exactly a power-of-two length of at least {@code minimum}, from the pool when it has one. */
    long[] take(int minimum, LexicalScanner.LongList owner) {
        int sizeClass = Math.max(4, 32 - Integer.numberOfLeadingZeros(minimum - 1));
        int length = 1 << sizeClass;
        if (length > MAX_POOLED) {
            return new long[length];
        }
        if (owner != null && !owner.pooled) {
            owner.pooled = true;
            lent.add(owner);
        }
        long[] reused = free[sizeClass].poll();
        return reused != null ? reused : new long[length];
    }

    /** Gives back an array no list uses any more. */
    void give(long[] array) {
        int length = array.length;
        if (length >= 16 && length <= MAX_POOLED && Integer.bitCount(length) == 1) {
            free[31 - Integer.numberOfLeadingZeros(length)].push(array);
        }
    }

    /** Takes back the arrays of every list of the scan that just ended: their values have been copied out. */
    void reclaim() {
        for (LexicalScanner.LongList list : lent) {
            list.release(this);
        }
        lent.clear();
    }
}
