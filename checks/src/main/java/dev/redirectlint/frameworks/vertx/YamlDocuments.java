package dev.redirectlint.frameworks.vertx;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * YAML read with SnakeYAML, in a class of its own: what only names the contracts' patterns does not load the
 * parser.
 */
final class YamlDocuments {

    /** Deep schemas are not rare; the parser recurses, so not much more. */
    private static final int MAX_NESTING = 128;

    private YamlDocuments() {}

    /**
     * The one document of the text, as maps, lists and scalars only (no class a document names), with SnakeYAML's
     * bound on aliases (a billion laughs) and a bound on nesting and characters.
     */
    static Object load(String text, int maxCharacters) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(maxCharacters);
        options.setNestingDepthLimit(MAX_NESTING);
        return new Yaml(new SafeConstructor(options)).load(text);
    }
}
