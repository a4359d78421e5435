package dev.redirectlint.project;

/**
 * 64-bit hashes of identifiers, computed straight from the text so that scanning a file allocates no
 * string per identifier. Two names with the same hash only make the relevance closure wider (a file is
 * parsed that need not be), never narrower, so a collision cannot lose a finding.
 */
final class Identifiers {

    private static final long OFFSET = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private Identifiers() {}

    static long hash(CharSequence text, int from, int to) {
        long h = OFFSET;
        for (int i = from; i < to; i++) {
            h ^= text.charAt(i);
            h *= PRIME;
        }
        return mix(h);
    }

    static long hash(char[] text, int from, int to) {
        long h = OFFSET;
        for (int i = from; i < to; i++) {
            h ^= text[i];
            h *= PRIME;
        }
        return mix(h);
    }

    static long hash(String name) {
        return hash(name, 0, name.length());
    }

    /** A final avalanche (from SplitMix64) so that the low bits used by {@link LongSet} are well spread. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        z = z ^ (z >>> 31);
        return z == 0 ? 1 : z; // 0 marks an empty slot in LongSet
    }
}
