package dev.redirectlint.project;

import dev.redirectlint.java.SourceFile;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Parsed files shared between the analyses of a run, least recently used first out, within a budget of
 * source characters: a tree takes far more memory than its text, so memory stays bounded however many files
 * the project has. An evicted file is parsed again if needed; an analysis keeps the trees it holds.
 */
final class ParseCache {

    private final long budget;
    private final Map<Integer, SourceFile> files = new LinkedHashMap<>(64, 0.75f, true);
    private long size;

    ParseCache(long budgetChars) {
        this.budget = budgetChars;
    }

    synchronized SourceFile get(int index) {
        return files.get(index);
    }

    synchronized void put(int index, SourceFile file) {
        SourceFile previous = files.putIfAbsent(index, file);
        if (previous != null) {
            return;
        }
        size += file.source().text().length();
        Iterator<Map.Entry<Integer, SourceFile>> oldest = files.entrySet().iterator();
        while (size > budget && files.size() > 1 && oldest.hasNext()) {
            Map.Entry<Integer, SourceFile> evicted = oldest.next();
            if (evicted.getKey() == index) {
                continue;
            }
            size -= evicted.getValue().source().text().length();
            oldest.remove();
        }
    }
}
