package dev.redirectlint.rules;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Message texts, kept in {@code messages.properties} beside the rules so the Checkstyle adapter and
 * translations can use the same keys.
 */
public final class Messages {

    public static final String BUNDLE = "dev.redirectlint.rules.messages";

    private Messages() {}

    /** True if the bundle has the key (a framework's home may bring its texts itself). */
    public static boolean has(String key) {
        return ResourceBundle.getBundle(BUNDLE, Locale.ROOT).containsKey(key);
    }

    public static String format(String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.ROOT);
        return new MessageFormat(bundle.getString(key), Locale.ROOT).format(args);
    }
}
