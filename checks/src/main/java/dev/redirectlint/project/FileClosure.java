package dev.redirectlint.project;

/**
 * What the relevance closure found about one file, as the cache keeps it for the next run: which of its types
 * and members can lead to a redirect, and whether it is to be analysed.
 *
 * @param types per type (in {@link FileFacts#types()} order): relevant or not
 * @param members per type, per member: relevant or not
 * @param candidate true if the file is analysed
 */
public record FileClosure(boolean[] types, boolean[][] members, boolean candidate) {}
