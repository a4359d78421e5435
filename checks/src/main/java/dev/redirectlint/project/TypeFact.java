package dev.redirectlint.project;

import java.util.Arrays;
import java.util.List;

/**
 * A type declared in a file, as its text shows it.
 *
 * @param name its name inside the file: {@code Outer} or {@code Outer.Inner}
 * @param kind class, interface, enum, record or annotation
 * @param isAbstract declared {@code abstract} (interfaces are abstract by their kind)
 * @param supertypes the supertypes as written after {@code extends} and {@code implements}, without type
 *     arguments: {@code BaseController}, {@code a.b.Base}, {@code Outer.Inner}
 * @param superclass for a class, the supertype written after {@code extends}, or {@code null}
 * @param members its fields, methods, constructors and initialisers
 * @param annotated true if the type or one of its members carries an annotation (a mapping, say)
 * @param memberAnnotations the simple names of the annotations on its members, as identifier hashes
 *     ({@link Identifiers#hash(String)}), sorted and distinct: which handler annotations its methods may carry
 */
public record TypeFact(String name, Kind kind, boolean isAbstract, List<String> supertypes, String superclass,
        List<MemberFact> members, boolean annotated, long[] memberAnnotations) {

    public enum Kind { CLASS, INTERFACE, ENUM, RECORD, ANNOTATION }

    public TypeFact {
        supertypes = List.copyOf(supertypes);
        members = List.copyOf(members);
    }

    /** True if one of its members carries an annotation of one of these simple names (as hashes). */
    public boolean annotatesMembersWithAny(LongSet simpleNames) {
        for (long name : memberAnnotations) {
            if (simpleNames.contains(name)) {
                return true;
            }
        }
        return false;
    }

    // By value, array too: a file's facts are compared with the cached ones to tell an edit inside members.
    @Override
    public boolean equals(Object other) {
        return other instanceof TypeFact that && name.equals(that.name) && kind == that.kind
                && isAbstract == that.isAbstract && supertypes.equals(that.supertypes)
                && java.util.Objects.equals(superclass, that.superclass) && members.equals(that.members)
                && annotated == that.annotated && Arrays.equals(memberAnnotations, that.memberAnnotations);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(name, kind, supertypes, members) * 31 + Arrays.hashCode(memberAnnotations);
    }

    /** The simple name: {@code Inner} for {@code Outer.Inner}. */
    public String simpleName() {
        return name.substring(name.lastIndexOf('.') + 1);
    }

    /**
     * True if the type gives its subtypes nothing the analysis reads: no annotations, no member with a body
     * or a value, as a marker interface ({@code Aware}, {@code Serializable}-like) or one of abstract methods.
     */
    public boolean isBare() {
        return !annotated && members.stream().noneMatch(m -> m.hasBody() || m.kind() == MemberFact.Kind.FIELD);
    }

    /** True for a class that can be instantiated: not abstract, not an interface or annotation. */
    public boolean isConcreteClass() {
        return (kind == Kind.CLASS || kind == Kind.ENUM || kind == Kind.RECORD) && !isAbstract;
    }
}
