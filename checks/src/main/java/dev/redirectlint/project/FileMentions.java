package dev.redirectlint.project;

/**
 * The identifiers a file mentions, by type and member, as 64-bit hashes, and which members hold a
 * redirect token. Only the relevance closure needs them; they are not cached.
 *
 * @param typeHeaders per type: the identifiers of its annotations and supertypes
 * @param typeHeaderTriggers per type: whether its header holds a redirect token (a class-level
 *     {@code @ResponseStatus(FOUND)})
 * @param typeAnnotations per type: the simple names of its annotations
 * @param members per type, per member (in {@link TypeFact#members()} order): the identifiers it mentions,
 *     sorted and distinct
 * @param memberAnnotations per type, per member: the simple names of its annotations
 * @param memberTriggers per type, per member: whether it holds a redirect token
 * @param file every identifier of the file, sorted and distinct
 * @param fileTrigger whether the file holds a redirect token anywhere
 */
public record FileMentions(long[][] typeHeaders, boolean[] typeHeaderTriggers, long[][] typeAnnotations,
        long[][][] members, long[][][] memberAnnotations, boolean[][] memberTriggers, long[] file, boolean fileTrigger) {}
