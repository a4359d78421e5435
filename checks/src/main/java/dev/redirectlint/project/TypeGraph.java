package dev.redirectlint.project;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The project's type hierarchy as the lexical facts show it: each written supertype resolved through the
 * file's imports and package by {@link TypeIndex}. Reaches are computed once per type and kept, as sorted
 * arrays of type ids: most types have a handful, and a bit set per type would be as long as the project.
 */
public final class TypeGraph {

    private final TypeIndex index;
    private final List<List<Integer>> parents = new ArrayList<>();
    private final List<List<Integer>> children = new ArrayList<>();
    /**
     * Worked out when first asked, by whichever thread asks (the closure's and the analysis' threads share
     * the graph): an atomic array publishes each answer whole.
     */
    private final AtomicReferenceArray<int[]> ancestors;
    private final AtomicReferenceArray<int[]> descendants;

    public TypeGraph(TypeIndex index) {
        this.index = index;
        int count = index.typeCount();
        for (int id = 0; id < count; id++) {
            parents.add(new ArrayList<>(1));
            children.add(new ArrayList<>(1));
        }
        for (int id = 0; id < count; id++) {
            for (int parent : index.supertypes(id)) {
                parents.get(id).add(parent);
                children.get(parent).add(id);
            }
        }
        ancestors = new AtomicReferenceArray<>(count);
        descendants = new AtomicReferenceArray<>(count);
    }

    public TypeIndex index() {
        return index;
    }

    public List<Integer> directSupertypes(int id) {
        return parents.get(id);
    }

    public List<Integer> directSubtypes(int id) {
        return children.get(id);
    }

    /** Every type that extends or implements the type, directly or not, by ascending id. */
    public int[] subtypes(int id) {
        int[] known = descendants.get(id);
        if (known == null) {
            known = reach(id, children);
            descendants.set(id, known);
        }
        return known;
    }

    /** Every project type the type extends or implements, directly or not, by ascending id. */
    public int[] supertypes(int id) {
        int[] known = ancestors.get(id);
        if (known == null) {
            known = reach(id, parents);
            ancestors.set(id, known);
        }
        return known;
    }

    /** True if {@code id} is {@code of} or one of its subtypes. */
    public boolean isSubtypeOrSame(int id, int of) {
        return id == of || Arrays.binarySearch(subtypes(of), id) >= 0;
    }

    /**
     * How many of the type and its subtypes give a member of this name a body (or declare a field of it), by
     * name alone: a call through a type with more than {@link ProjectModel#MAX_IMPLEMENTATIONS} is a plug-in
     * point, followed neither by the relevance closure nor by the analysis, which both ask this same count.
     */
    public int bodies(int id, long member) {
        // Asked for the same type and member by every caller through it, each time over all its subtypes.
        return bodies.computeIfAbsent(new TypeMember(id, member), key -> countBodies(id, member));
    }

    private record TypeMember(int type, long member) {}

    private final java.util.Map<TypeMember, Integer> bodies = new java.util.concurrent.ConcurrentHashMap<>();

    private int countBodies(int id, long member) {
        int count = hasBody(index.type(id), member) ? 1 : 0;
        for (int sub : subtypes(id)) {
            count += hasBody(index.type(sub), member) ? 1 : 0;
        }
        return count;
    }

    /**
     * True if the type declares a member of this name whose own text holds a redirect token: a call through a
     * type with several implementations is followed to those that redirect themselves, and no further.
     */
    public boolean redirectsItself(int id, long member) {
        for (MemberFact fact : index.type(id).members()) {
            if (Identifiers.hash(fact.name()) == member && fact.redirects()) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasBody(TypeFact type, long member) {
        for (MemberFact fact : type.members()) {
            if (Identifiers.hash(fact.name()) == member && (fact.hasBody() || fact.kind() == MemberFact.Kind.FIELD)) {
                return true;
            }
        }
        return false;
    }

    private static final int[] NONE = {};

    private int[] reach(int start, List<List<Integer>> edges) {
        if (edges.get(start).isEmpty()) {
            return NONE;
        }
        BitSet seen = new BitSet();
        Deque<Integer> work = new ArrayDeque<>(edges.get(start));
        while (!work.isEmpty()) {
            int next = work.poll();
            if (!seen.get(next) && next != start) {
                seen.set(next);
                work.addAll(edges.get(next));
            }
        }
        return seen.stream().toArray();
    }
}
