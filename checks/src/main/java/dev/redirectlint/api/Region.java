package dev.redirectlint.api;

/**
 * A span of a source file.
 *
 * <p>Lines and columns are 1-based and the end is inclusive (JavaParser's convention); columns count
 * characters, a tab being one character. Offsets index the file's decoded text, half-open
 * {@code [startOffset, endOffset)}, and include a leading byte-order mark if the file has one.
 */
public record Region(int startLine, int startColumn, int endLine, int endColumn, int startOffset, int endOffset) {}
