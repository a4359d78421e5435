package dev.redirectlint.engine;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ParserConfiguration.LanguageLevel;
import java.util.Arrays;
import java.util.Comparator;

/**
 * The one parser configuration: the newest Java language level JavaParser knows (records, switch
 * expressions, text blocks, patterns), tab width 1 so columns count characters, comments ignored.
 * JavaParser instances are not thread-safe, so each analysis makes its own.
 */
public final class ParserFactory {

    /** The newest released (non-preview) language level of the JavaParser on the classpath. */
    public static final LanguageLevel NEWEST = Arrays.stream(LanguageLevel.values())
            .filter(level -> level.name().matches("JAVA_\\d+"))
            .max(Comparator.comparingInt(Enum::ordinal))
            .orElse(LanguageLevel.CURRENT);

    private ParserFactory() {}

    public static JavaParser newParser() {
        ParserConfiguration configuration = new ParserConfiguration()
                .setLanguageLevel(NEWEST)
                .setAttributeComments(false)
                .setTabSize(1);
        return new JavaParser(configuration);
    }
}
