package dev.redirectlint.project;

import java.util.BitSet;
import java.util.List;

/**
 * Which files of the sources to check can declare a handler that answers with a redirect, and so must be
 * parsed and analysed; every other file is parsed only if that analysis needs it (a supertype, a helper).
 *
 * <p>A type qualifies when it may be instantiated (it is concrete) and it, or a supertype it inherits
 * from, has an <em>entry</em> member that is relevant ({@link Relevance}): a method with a mapping
 * annotation (also one declared in the project and meta-annotated with one), a method a framework calls
 * by name ({@code doPost}, {@code doFilter}, {@code preHandle}, ...), an override of such a method, or
 * any member of a file of a framework that registers routes in code. A type whose header holds a redirect
 * token (a class-level {@code @ResponseStatus(FOUND)}) qualifies with any entry member.
 */
public final class Candidates {

    private static final int META_ANNOTATION_DEPTH = 3;

    private Candidates() {}

    /**
     * @param files every file of the project, in the closure's order
     * @param own which of them are the sources to check (the others only provide context)
     * @return the indexes of the files to analyse
     */
    public static BitSet of(List<Relevance.Input> files, Relevance relevance, BitSet own) {
        return of(files, relevance, own, TokenCatalog.DEFAULT);
    }

    static BitSet of(List<Relevance.Input> files, Relevance relevance, BitSet own, TokenCatalog catalog) {
        TypeIndex types = relevance.types();
        TypeGraph graph = relevance.graph();
        LongSet entryAnnotations = entryAnnotations(files, catalog);
        int count = types.typeCount();
        boolean[] relevantEntry = new boolean[count];
        boolean[] anyEntry = new boolean[count];
        boolean[] headerTrigger = new boolean[count];
        boolean[] routing = new boolean[files.size()];
        // Each file's types have ids of their own, so the files are read on every core: most of the time goes
        // to looking each identifier of each file up among the routing words.
        java.util.stream.IntStream.range(0, files.size()).parallel().forEach(f -> {
            Relevance.Input file = files.get(f);
            routing[f] = mentionsRouting(file.mentions().file(), catalog);
            for (int t = 0; t < file.facts().types().size(); t++) {
                int id = types.id(f, t);
                headerTrigger[id] = relevance.headerTriggers(f, t) || !file.facts().structured() && file.mentions().fileTrigger();
                List<MemberFact> members = file.facts().types().get(t).members();
                for (int m = 0; m < members.size(); m++) {
                    boolean entry = routing[f] || !file.facts().structured()
                            || catalog.isEntryName(members.get(m).name())
                            || mentionsAny(file.mentions().memberAnnotations()[t][m], entryAnnotations);
                    anyEntry[id] |= entry;
                    relevantEntry[id] |= entry && relevance.isRelevant(f, t, m);
                }
            }
        });
        overridesOfEntries(types, graph, anyEntry, relevantEntry, relevance, catalog);
        BitSet candidates = new BitSet(files.size());
        for (int f = own.nextSetBit(0); f >= 0; f = own.nextSetBit(f + 1)) {
            for (int t = 0; t < files.get(f).facts().types().size() && !candidates.get(f); t++) {
                int id = types.id(f, t);
                if ((routing[f] || types.type(id).isConcreteClass()) && qualifies(id, graph, relevantEntry, anyEntry, headerTrigger)) {
                    candidates.set(f);
                }
            }
        }
        return candidates;
    }

    private static boolean qualifies(int id, TypeGraph graph, boolean[] relevantEntry, boolean[] anyEntry,
            boolean[] headerTrigger) {
        boolean entry = anyEntry[id];
        boolean trigger = headerTrigger[id];
        if (relevantEntry[id]) {
            return true;
        }
        for (int sup : graph.supertypes(id)) {
            if (relevantEntry[sup]) {
                return true;
            }
            entry |= anyEntry[sup];
            trigger |= headerTrigger[sup];
        }
        return entry && trigger;
    }

    /**
     * A method that overrides an entry method of a supertype is one too: an implementation of a mapped
     * interface method, or a servlet's {@code doPost} written in a base class's terms.
     */
    private static void overridesOfEntries(TypeIndex types, TypeGraph graph, boolean[] anyEntry,
            boolean[] relevantEntry, Relevance relevance, TokenCatalog catalog) {
        for (int id = 0; id < types.typeCount(); id++) {
            int[] supertypes = graph.supertypes(id);
            if (supertypes.length == 0) {
                continue;
            }
            int file = types.fileOf(id);
            int local = id - types.id(file, 0);
            List<MemberFact> members = types.type(id).members();
            for (int m = 0; m < members.size(); m++) {
                String name = members.get(m).name();
                for (int sup : supertypes) {
                    if (anyEntry[sup] && declaresEntry(types, sup, name, catalog)) {
                        anyEntry[id] = true;
                        relevantEntry[id] |= relevance.isRelevant(file, local, m);
                        break;
                    }
                }
            }
        }
    }

    private static boolean declaresEntry(TypeIndex types, int id, String name, TokenCatalog catalog) {
        for (MemberFact member : types.type(id).members()) {
            if (member.name().equals(name) && member.kind() == MemberFact.Kind.METHOD) {
                return true; // the supertype has entry members; one of this name is most likely one of them
            }
        }
        return false;
    }

    /** The catalogue's mapping annotations, and the project's annotation types meta-annotated with one. */
    private static LongSet entryAnnotations(List<Relevance.Input> files, TokenCatalog catalog) {
        LongSet names = new LongSet();
        for (String annotation : catalog.entryAnnotations()) {
            names.add(Identifiers.hash(annotation));
        }
        for (int depth = 0; depth < META_ANNOTATION_DEPTH; depth++) {
            for (Relevance.Input file : files) {
                List<TypeFact> types = file.facts().types();
                for (int t = 0; t < types.size(); t++) {
                    if (types.get(t).kind() == TypeFact.Kind.ANNOTATION
                            && mentionsAny(file.mentions().typeAnnotations()[t], names)) {
                        names.add(Identifiers.hash(types.get(t).simpleName()));
                    }
                }
            }
        }
        return names;
    }

    private static boolean mentionsRouting(long[] mentions, TokenCatalog catalog) {
        for (long id : mentions) {
            if (catalog.isRoutingWord(id)) {
                return true;
            }
        }
        return false;
    }

    private static boolean mentionsAny(long[] ids, LongSet names) {
        for (long id : ids) {
            if (names.contains(id)) {
                return true;
            }
        }
        return false;
    }
}
