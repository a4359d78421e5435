package dev.redirectlint.project;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which code can answer with a redirect, decided from the lexical scans of every file before anything is
 * parsed.
 *
 * <p>A member is <em>relevant</em> when it holds a redirect token, or when it may use a relevant member
 * {@code T.m}: it mentions {@code m}, and either its own type is {@code T} or a subtype of it (an inherited
 * or own helper), or its file mentions {@code T}, a subtype of {@code T}, or a supertype of {@code T} through
 * which the analysis follows a call to {@code T.m} ({@link ProjectModel#followsThrough}). That is what the
 * precise analysis needs to follow a call: the receiver's type is written in the file (an import, a field, a
 * parameter, a local), or the call has no receiver. So every call chain
 * from a handler to a redirect runs through relevant members. Type names are compared by simple name,
 * which only widens the closure. Members of the frameworks' own API types (when the project is a
 * framework's source) never make others relevant: the analysis knows those APIs by name.
 *
 * <p>A type is relevant when one of its members is, when its header holds a redirect token (a class-level
 * {@code @ResponseStatus(FOUND)}), or when it extends or implements a relevant type: it inherits the
 * helpers or the mapped handler methods.
 *
 * <p>The closure is computed semi-naively: when a name gains an owner, only the files that mention the
 * name are looked at again.
 */
public final class Relevance {

    /** One file's share of the closure's input. */
    public record Input(FileFacts facts, FileMentions mentions) {}

    private List<Input> files;
    private final TokenCatalog catalog;
    private final TypeIndex types;
    private final TypeGraph graph;
    private NameIndex index;
    /** Where {@link #reaches} finds a file's identifiers: the scans in a closure, fresh scans in a recheck. */
    private java.util.function.IntFunction<long[]> fileMentions = f -> files.get(f).mentions().file();
    private final boolean[][][] relevantMembers;
    private final boolean[][] relevantTypes;
    /** Relevant members by the hash of their name. */
    private final Map<Long, List<Owner>> owners = new HashMap<>();
    /**
     * While the whole closure is taken: per type and member name, how many of the name's owners the type was
     * found not to reach, or {@link #REACHED}. A recheck of one edited file sees other mentions, so asks afresh.
     */
    private Map<ReachKey, Integer> reachChecked;
    private static final int REACHED = -1;

    private record ReachKey(int type, long name) {}
    /**
     * By type id, computed when first needed: the hashes of its own and its subtypes' names, the part of every
     * member's {@link #scope} that does not depend on the member; and whether it is a framework's API type.
     * Filled while the closure is taken, which is on one thread.
     */
    private final long[][] typeScopes;
    private final byte[] apiTypes;
    /** By type id, when first needed: the hash of each member's name, in the order of its members. */
    private final long[][] memberNames;
    private int rounds;

    /**
     * A type with a relevant member of some name.
     *
     * @param scope the sorted hashes of the simple names through which a file reaches that member
     */
    private record Owner(int file, int type, long[] scope) {}

    private Relevance(List<Input> files, TokenCatalog catalog) {
        // The name index and the type index and graph are built from different facts: at once, on two cores.
        this(catalog, files.stream().map(Input::facts).toList(), java.util.concurrent.CompletableFuture.supplyAsync(
                () -> new NameIndex(files.stream().map(input -> input.mentions().file()).toList())));
        this.files = files;
    }

    private Relevance(TokenCatalog catalog, List<FileFacts> facts,
            java.util.concurrent.CompletableFuture<NameIndex> index) {
        this(catalog, facts);
        this.index = index.join();
    }

    private Relevance(TokenCatalog catalog, List<FileFacts> facts) {
        this.catalog = catalog;
        this.types = new TypeIndex(facts);
        this.graph = new TypeGraph(types);
        this.typeScopes = new long[types.typeCount()][];
        this.apiTypes = new byte[types.typeCount()];
        this.memberNames = new long[types.typeCount()][];
        this.relevantMembers = new boolean[facts.size()][][];
        this.relevantTypes = new boolean[facts.size()][];
        for (int f = 0; f < facts.size(); f++) {
            List<TypeFact> types = facts.get(f).types();
            relevantTypes[f] = new boolean[types.size()];
            relevantMembers[f] = new boolean[types.size()][];
            for (int t = 0; t < types.size(); t++) {
                relevantMembers[f][t] = new boolean[types.get(t).members().size()];
            }
        }
    }

    /** Takes the closure over every file of the project (the sources to check and those they may use). */
    public static Relevance of(List<Input> files) {
        return of(files, TokenCatalog.DEFAULT);
    }

    static Relevance of(List<Input> files, TokenCatalog catalog) {
        Relevance relevance = new Relevance(files, catalog);
        relevance.close();
        return relevance;
    }

    private void close() {
        reachChecked = new java.util.concurrent.ConcurrentHashMap<>();
        Deque<Long> grown = new ArrayDeque<>();
        for (int f = 0; f < files.size(); f++) {
            Input file = files.get(f);
            for (int t = 0; t < relevantMembers[f].length; t++) {
                for (int m = 0; m < relevantMembers[f][t].length; m++) {
                    boolean trigger = file.facts().structured() ? file.mentions().memberTriggers()[t][m]
                            : file.mentions().fileTrigger();
                    if (trigger) {
                        markRelevant(f, t, m, grown);
                    }
                }
                if (file.mentions().typeHeaderTriggers()[t]) {
                    relevantTypes[f][t] = true;
                }
            }
        }
        while (!grown.isEmpty()) {
            rounds++;
            List<Long> names = new ArrayList<>(grown);
            grown.clear();
            LongSet roundNames = LongSet.of(names.stream().mapToLong(Long::longValue).toArray());
            BitSet touched = new BitSet(files.size());
            for (long name : names) {
                index.markFilesMentioning(name, touched);
            }
            // Each touched file is decided against the owners the round started with, the files in parallel;
            // then what they found is marked in file order. An owner a file adds is seen by the others in the
            // next round, as its name has grown: the closure, a least fixed point, comes out the same.
            int[] round = touched.stream().toArray();
            int[][] found = new int[round.length][];
            java.util.stream.IntStream.range(0, round.length).parallel()
                    .forEach(i -> found[i] = newlyRelevant(round[i], roundNames));
            for (int i = 0; i < round.length; i++) {
                for (int k = 0; k < found[i].length; k += 2) {
                    if (!relevantMembers[round[i]][found[i][k]][found[i][k + 1]]) {
                        markRelevant(round[i], found[i][k], found[i][k + 1], grown);
                    }
                }
            }
        }
        reachChecked = null;
        closeTypes();
    }

    /**
     * The members of a file, as {@code type, member} pairs, that mention a name that has gained owners and
     * reach one of them. Reads the closure and changes nothing but the memo of answers, whose keys are this
     * file's types: so files may be decided at once.
     */
    private int[] newlyRelevant(int f, LongSet roundNames) {
        Input file = files.get(f);
        long[] names = file.mentions().file();
        // The file's identifiers that gained owners this round, by position: each member looks its own positions
        // up here, instead of hashing every name it mentions into the round's set (members share most names).
        boolean[] gained = new boolean[names.length];
        boolean anyGained = false;
        for (int p = 0; p < names.length; p++) {
            gained[p] = roundNames.contains(names[p]);
            anyGained |= gained[p];
        }
        if (!anyGained) {
            return new int[0];
        }
        int[] found = new int[0];
        int count = 0;
        for (int t = 0; t < relevantMembers[f].length; t++) {
            for (int m = 0; m < relevantMembers[f][t].length; m++) {
                if (relevantMembers[f][t][m]) {
                    continue;
                }
                char[] positions = file.facts().structured() ? file.mentions().memberPositions(t, m) : null;
                if (reachesGained(f, t, positions, gained, names)) {
                    if (count + 2 > found.length) {
                        found = Arrays.copyOf(found, Math.max(8, found.length * 2));
                    }
                    found[count++] = t;
                    found[count++] = m;
                }
            }
        }
        return Arrays.copyOf(found, count);
    }

    /**
     * True if one of the names at {@code positions} (every name of the file when null) gained owners this round
     * and type {@code t} reaches one of them. A plain loop: this is the closure's innermost one.
     */
    private boolean reachesGained(int f, int t, char[] positions, boolean[] gained, long[] names) {
        if (positions == null) {
            for (int p = 0; p < names.length; p++) {
                if (gained[p] && reaches(f, t, names[p])) {
                    return true;
                }
            }
            return false;
        }
        for (char p : positions) {
            if (gained[p] && reaches(f, t, names[p])) {
                return true;
            }
        }
        return false;
    }

    /** A newly relevant member becomes something other members may use, by its name. */
    private void markRelevant(int f, int t, int m, Deque<Long> grown) {
        relevantMembers[f][t][m] = true;
        FileFacts file = types.file(f);
        TypeFact type = file.types().get(t);
        MemberFact fact = type.members().get(m);
        if (fact.kind() == MemberFact.Kind.INITIALIZER || isApiType(types.id(f, t), file, type)) {
            return; // the analysis knows what a framework's own API does and never reads its source
        }
        long name = memberNames(types.id(f, t))[m];
        List<Owner> named = owners.computeIfAbsent(name, k -> new ArrayList<>());
        for (Owner owner : named) {
            if (owner.file() == f && owner.type() == t) {
                return; // an overload of a member already known
            }
        }
        named.add(new Owner(f, t, scope(f, t, name)));
        grown.add(name);
    }

    /**
     * True if code of type {@code t} of file {@code f} may reach a relevant member of that name: through a
     * receiver whose type its file (or a supertype's file, which may declare the field) mentions, or with no
     * receiver, to a member it inherits or to an override in a subtype (a template method, dispatched from
     * the concrete class).
     */
    private boolean reaches(int f, int t, long name) {
        int id = types.id(f, t);
        List<Owner> named = owners.get(name);
        if (reachChecked == null) {
            return reachesAnyOf(f, id, named, 0);
        }
        // Owners are only ever added and nothing else here changes while the closure is taken, so a type
        // that reached none of a name's first n owners need only be asked about the later ones.
        ReachKey key = new ReachKey(id, name);
        Integer checked = reachChecked.get(key);
        if (checked != null && checked == REACHED) {
            return true;
        }
        boolean reached = reachesAnyOf(f, id, named, checked == null ? 0 : checked);
        reachChecked.put(key, reached ? REACHED : named.size());
        return reached;
    }

    private boolean reachesAnyOf(int f, int id, List<Owner> named, int from) {
        for (int i = from; i < named.size(); i++) {
            Owner owner = named.get(i);
            int ownerId = types.id(owner.file(), owner.type());
            if (mentionsAny(fileMentions.apply(f), owner.scope())
                    || graph.isSubtypeOrSame(id, ownerId) || graph.isSubtypeOrSame(ownerId, id)) {
                return true;
            }
            for (int sup : graph.supertypes(id)) {
                if (mentionsAny(fileMentions.apply(types.fileOf(sup)), owner.scope())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The names a file must mention to reach {@code T.m}: {@code T}, its subtypes, and the supertypes through
     * which a call may run {@code T.m}; a nested type by its outermost type's name, as it is written or
     * imported.
     */
    private long[] scope(int f, int t, long member) {
        int id = types.id(f, t);
        long[] own = typeScope(id);
        LongSet names = null;
        for (int sup : graph.supertypes(id)) {
            if (declares(sup, member) && ProjectModel.followsThrough(graph, sup, id, member)) {
                if (names == null) {
                    names = new LongSet();
                    for (long name : own) {
                        names.add(name);
                    }
                }
                names.add(Identifiers.hash(types.outermostName(sup)));
            }
        }
        // Shared by the type's members that no supertype declares, which are most: nothing writes a scope.
        return names == null ? own : names.toSortedArray();
    }

    private long[] typeScope(int id) {
        if (typeScopes[id] == null) {
            LongSet names = new LongSet();
            names.add(Identifiers.hash(types.outermostName(id)));
            for (int sub : graph.subtypes(id)) {
                names.add(Identifiers.hash(types.outermostName(sub)));
            }
            typeScopes[id] = names.toSortedArray();
        }
        return typeScopes[id];
    }

    private boolean isApiType(int id, FileFacts file, TypeFact type) {
        if (apiTypes[id] == 0) {
            apiTypes[id] = (byte) (catalog.isApiType(file.qualifiedName(type)) ? 2 : 1);
        }
        return apiTypes[id] == 2;
    }

    private boolean declares(int id, long member) {
        for (long name : memberNames(id)) {
            if (name == member) {
                return true;
            }
        }
        return false;
    }

    private long[] memberNames(int id) {
        if (memberNames[id] == null) {
            List<MemberFact> members = types.type(id).members();
            long[] names = new long[members.size()];
            for (int m = 0; m < names.length; m++) {
                names[m] = Identifiers.hash(members.get(m).name());
            }
            memberNames[id] = names;
        }
        return memberNames[id];
    }


    /** True if the two sorted arrays share a value. */
    private static boolean mentionsAny(long[] sortedMentions, long[] sortedNames) {
        if (sortedNames.length < 8) {
            for (long name : sortedNames) {
                if (Arrays.binarySearch(sortedMentions, name) >= 0) {
                    return true;
                }
            }
            return false;
        }
        int i = 0;
        int j = 0;
        while (i < sortedMentions.length && j < sortedNames.length) {
            if (sortedMentions[i] == sortedNames[j]) {
                return true;
            }
            if (sortedMentions[i] < sortedNames[j]) {
                i++;
            } else {
                j++;
            }
        }
        return false;
    }

    /** Types with relevant members, and every subtype of a relevant type (it inherits them). */
    private void closeTypes() {
        Deque<int[]> work = new ArrayDeque<>();
        for (int f = 0; f < files.size(); f++) {
            for (int t = 0; t < relevantTypes[f].length; t++) {
                for (boolean member : relevantMembers[f][t]) {
                    relevantTypes[f][t] |= member;
                }
                if (relevantTypes[f][t]) {
                    work.add(new int[] {f, t});
                }
            }
        }
        while (!work.isEmpty()) {
            int[] type = work.poll();
            for (int sub : graph.directSubtypes(types.id(type[0], type[1]))) {
                int file = types.fileOf(sub);
                int index = sub - types.id(file, 0);
                if (!relevantTypes[file][index]) {
                    relevantTypes[file][index] = true;
                    work.add(new int[] {file, index});
                }
            }
        }
    }

    /**
     * The closure an earlier run took, as the cache kept it, over the same files with the same facts: a run
     * after an edit that changed no declaration starts from it instead of scanning every file again.
     */
    public static Relevance restored(List<FileFacts> facts, List<FileClosure> closures) {
        Relevance relevance = new Relevance(TokenCatalog.DEFAULT, facts);
        Deque<Long> unused = new ArrayDeque<>();
        for (int f = 0; f < facts.size(); f++) {
            FileClosure closure = closures.get(f);
            for (int t = 0; t < relevance.relevantTypes[f].length; t++) {
                relevance.relevantTypes[f][t] = closure.types()[t];
                for (int m = 0; m < relevance.relevantMembers[f][t].length; m++) {
                    if (closure.members()[t][m]) {
                        relevance.markRelevant(f, t, m, unused);
                        unused.clear();
                    }
                }
            }
        }
        return relevance;
    }

    /** What the closure found about one file, for the cache. */
    public FileClosure closureOf(int file, boolean candidate) {
        boolean[][] members = new boolean[relevantMembers[file].length][];
        for (int t = 0; t < members.length; t++) {
            members[t] = relevantMembers[file][t].clone();
        }
        return new FileClosure(relevantTypes[file].clone(), members, candidate);
    }

    /**
     * Takes an edited file into a restored closure: its members are decided again from its new scan, against
     * what the rest of the project owns. That is all when the edit only changed code inside members and no
     * member or type of it became relevant that was not before (no other file can then be affected; what
     * others derived from a member that is no longer relevant stays, which only widens the closure). Returns
     * false, changing nothing, when the edit made something new relevant: then the closure must be taken
     * again over every file.
     *
     * @param mentionsOf the scan of another file (the edited file's supertypes' files), read when needed
     */
    public boolean recheck(int f, FileMentions fresh, java.util.function.IntFunction<FileMentions> mentionsOf) {
        java.util.function.IntFunction<long[]> previous = fileMentions;
        fileMentions = g -> g == f ? fresh.file() : mentionsOf.apply(g).file();
        try {
            return recheckWith(f, fresh);
        } finally {
            fileMentions = previous;
        }
    }

    private boolean recheckWith(int f, FileMentions fresh) {
        FileFacts facts = types.file(f);
        boolean[][] members = new boolean[relevantMembers[f].length][];
        for (int t = 0; t < members.length; t++) {
            members[t] = new boolean[relevantMembers[f][t].length];
            for (int m = 0; m < members[t].length; m++) {
                members[t][m] = facts.structured() ? fresh.memberTriggers()[t][m] : fresh.fileTrigger();
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int t = 0; t < members.length; t++) {
                for (int m = 0; m < members[t].length; m++) {
                    if (!members[t][m] && mentionsOwned(f, t, m, fresh, !facts.structured())) {
                        members[t][m] = true;
                        changed |= !ownsAlready(f, t, m); // a new owner: the loop then sees nothing new
                    }
                }
            }
        }
        for (int t = 0; t < members.length; t++) {
            for (int m = 0; m < members[t].length; m++) {
                if (members[t][m] && !ownsAlready(f, t, m)) {
                    return false; // something new can be reached through this member: a closure over all files
                }
            }
        }
        boolean[] typesNow = new boolean[members.length];
        for (int t = 0; t < members.length; t++) {
            typesNow[t] = fresh.typeHeaderTriggers()[t];
            for (boolean member : members[t]) {
                typesNow[t] |= member;
            }
            for (int sup : graph.supertypes(types.id(f, t))) {
                typesNow[t] |= relevantTypes[types.fileOf(sup)][sup - types.id(types.fileOf(sup), 0)];
            }
            if (typesNow[t] && !relevantTypes[f][t]) {
                return false; // its subtypes elsewhere would inherit what is new
            }
        }
        relevantMembers[f] = members;
        relevantTypes[f] = typesNow;
        return true;
    }

    private boolean mentionsOwned(int f, int t, int m, FileMentions mentions, boolean wholeFile) {
        return mentions.anyMentioned(t, m, wholeFile, name -> owners.containsKey(name) && reaches(f, t, name));
    }

    /** True if the member would add no owner: one of its type's members of that name is one already, or none can. */
    private boolean ownsAlready(int f, int t, int m) {
        FileFacts file = types.file(f);
        TypeFact type = file.types().get(t);
        MemberFact fact = type.members().get(m);
        if (fact.kind() == MemberFact.Kind.INITIALIZER || isApiType(types.id(f, t), file, type)) {
            return true;
        }
        List<Owner> named = owners.get(memberNames(types.id(f, t))[m]);
        return named != null && named.stream().anyMatch(owner -> owner.file() == f && owner.type() == t);
    }

    /**
     * Lets the files' identifiers go (the largest part of the scan); what the closure found stays. Only the
     * facts-level questions below may be asked afterwards.
     */
    public void releaseMentions() {
        files = null;
        index = null;
    }

    /** True if the file declares a relevant type. */
    public boolean isRelevant(int file) {
        for (boolean type : relevantTypes[file]) {
            if (type) {
                return true;
            }
        }
        return false;
    }

    /** True if the member (by index in its type's members) is relevant. */
    public boolean isRelevant(int file, int type, int member) {
        return relevantMembers[file][type][member];
    }

    public boolean isRelevantType(int file, int type) {
        return relevantTypes[file][type];
    }

    /** How many distinct member names are relevant. */
    public int nameCount() {
        return owners.size();
    }

    public int rounds() {
        return rounds;
    }

    public TypeIndex types() {
        return types;
    }

    /** True if the type's header holds a redirect token. */
    public boolean headerTriggers(int file, int type) {
        return files.get(file).mentions().typeHeaderTriggers()[type];
    }

    public TypeGraph graph() {
        return graph;
    }
}
