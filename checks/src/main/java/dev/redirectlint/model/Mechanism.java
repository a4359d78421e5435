package dev.redirectlint.model;

import java.util.List;

/**
 * The API construct that sets a handler's redirect status. The core's are constants here; a framework's
 * home declares its own.
 *
 * @param name an identifier, upper case: the key of its messages ({@code location.NAME})
 * @param description for messages: "a \"redirect:\" view name"
 * @param setsStatusOnly true when the mechanism sets only the status, so the code must set the Location
 *     header itself
 * @param locationAdvice for a mechanism that sets only the status, how to set the Location as well, when the
 *     message bundle has no {@code location.NAME}; null otherwise
 */
public record Mechanism(String name, String description, boolean setsStatusOnly, String locationAdvice) {

    /** The core's mechanisms: none; every mechanism comes with its framework's home. */
    public static final List<Mechanism> CORE = List.of();

    /** A mechanism whose location advice, if it needs one, is in the message bundle. */
    public Mechanism(String name, String description, boolean setsStatusOnly) {
        this(name, description, setsStatusOnly, null);
    }

    @Override
    public String toString() {
        return name;
    }
}
