package dev.redirectlint.project;

import dev.redirectlint.java.SourceFile;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * What the analysis of one file read of the project: the files it parsed, and the answers it got to
 * questions about the project's structure (does this type exist, which classes implement that method).
 * A cached result stays valid while every file read is unchanged and every question gets the same answer.
 *
 * <p>The analysis in progress on a thread is found through {@link #current()}: the lookups that record into
 * it are made deep inside name resolution, which is shared by every analysis and cannot carry it.
 * {@link #during} sets it for the extent of one piece of work only.
 */
public final class Reads {

    private static final ThreadLocal<Reads> CURRENT = new ThreadLocal<>();

    /** The files read, by index in the model. */
    private final java.util.Set<Integer> files = new java.util.TreeSet<>();
    /** Their trees, held while the analysis runs so that it sees one tree per file; let go afterwards. */
    private final Map<Integer, SourceFile> trees = new java.util.HashMap<>();
    /** Each structural question (a key such as {@code type:a.b.C}) and its answer. */
    private final Map<String, String> answers = new TreeMap<>();

    /** The reads of the analysis running on this thread, or {@code null} outside one. */
    static Reads current() {
        return CURRENT.get();
    }

    /** Runs {@code work} with these reads current on this thread. */
    public <T> T during(Supplier<T> work) {
        Reads outer = CURRENT.get();
        CURRENT.set(this);
        try {
            return work.get();
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }

    SourceFile pinned(int file) {
        return trees.get(file);
    }

    void pin(int file, SourceFile source) {
        files.add(file);
        trees.putIfAbsent(file, source);
    }

    /** What was read, without the trees: to keep, say, with a result or a shared fact. */
    public Reads released() {
        Reads copy = new Reads();
        copy.files.addAll(files);
        copy.answers.putAll(answers);
        return copy;
    }

    void answer(String question, String answer) {
        answers.putIfAbsent(question, answer);
    }

    /** Adds what another piece of work read (a derived fact computed once and shared). */
    void addAll(Reads other) {
        files.addAll(other.files);
        other.answers.forEach(answers::putIfAbsent);
    }

    /** The indexes of the files read. */
    public java.util.Set<Integer> files() {
        return files;
    }

    /** The questions asked and their answers. */
    public Map<String, String> answers() {
        return answers;
    }
}
