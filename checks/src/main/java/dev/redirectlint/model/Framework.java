package dev.redirectlint.model;

/**
 * A web framework whose handlers redirect-lint recognises: each framework's home declares its own.
 *
 * @param name an identifier, upper case
 * @param displayName for people: "Spring MVC"
 */
public record Framework(String name, String displayName) {

    @Override
    public String toString() {
        return name;
    }
}
