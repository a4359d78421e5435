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

    public static final Mechanism VIEW_NAME = new Mechanism("VIEW_NAME", "a \"redirect:\" view name", false);
    public static final Mechanism MODEL_AND_VIEW = new Mechanism(
            "MODEL_AND_VIEW", "a ModelAndView with a \"redirect:\" view", false);

    /**
     * The core's mechanisms (the homes' come with their homes): none. {@link #VIEW_NAME} and {@link #MODEL_AND_VIEW}
     * are the Spring home's, which lists them, but stay here because the project-level fix
     * ({@code apply.ViewResolverSetting}) recognises its findings by them.
     */
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
