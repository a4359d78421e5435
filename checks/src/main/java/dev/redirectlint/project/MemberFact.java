package dev.redirectlint.project;

/**
 * A member of a type, as its text shows it.
 *
 * @param name the field's or method's name ({@code <init>} for an initialiser block; a constructor has its type's name)
 * @param kind what it is
 * @param arity the number of parameters of a method or constructor; 0 for the others
 * @param varargs true if the last parameter is a varargs one
 * @param hasBody true if a method has a body (not abstract or an interface method without {@code default})
 * @param isStatic declared {@code static}
 * @param isPrivate declared {@code private}
 * @param redirects its own text holds a redirect token (in a file whose braces balance; see
 *     {@link FileFacts#structured()})
 */
public record MemberFact(String name, Kind kind, int arity, boolean varargs, boolean hasBody, boolean isStatic,
        boolean isPrivate, boolean redirects) {

    public enum Kind { FIELD, METHOD, CONSTRUCTOR, INITIALIZER }

    /** True if a call with this many arguments can run this method. */
    public boolean accepts(int arguments) {
        return kind == Kind.METHOD && (arity == arguments || varargs && arguments >= arity - 1);
    }
}
