package dev.redirectlint.model;

/**
 * A web framework whose handlers redirect-lint recognises. The core's are constants here; a framework's home
 * declares its own.
 *
 * @param name an identifier, upper case
 * @param displayName for people: "Spring MVC"
 */
public record Framework(String name, String displayName) {

    public static final Framework SPRING_MVC = new Framework("SPRING_MVC", "Spring MVC");
    public static final Framework SPRING_INTERCEPTOR = new Framework("SPRING_INTERCEPTOR", "Spring MVC interceptor");
    public static final Framework SPRING_FUNCTIONAL = new Framework("SPRING_FUNCTIONAL", "Spring functional endpoints");
    public static final Framework SPRING_SECURITY = new Framework("SPRING_SECURITY", "Spring Security handler");

    @Override
    public String toString() {
        return name;
    }
}
