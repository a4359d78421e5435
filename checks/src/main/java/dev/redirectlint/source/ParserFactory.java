package dev.redirectlint.source;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParseStart;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Range;
import com.github.javaparser.ParserConfiguration.LanguageLevel;
import com.github.javaparser.Provider;
import com.github.javaparser.Providers;
import com.github.javaparser.Processor;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.validator.postprocessors.Java10PostProcessor;
import java.io.Reader;
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

    /**
     * A parser for the newest syntax, without the language-level validators: they check rules a compiler
     * checks (modifiers, where {@code var} may stand) and take about a quarter of the parse, for nothing this
     * tool reads. The post-processing every level since Java 10 shares is kept: it makes {@code var} a
     * {@code VarType}. No comments are attributed and line separators are not
     * detected: nothing reads them, and each costs time and memory.
     */
    public static JavaParser newParser() {
        return newParser(false);
    }

    /**
     * @param unicodeEscapes true to translate {@code \\uXXXX} escapes before parsing, as javac does (a string
     *     literal may be written {@code \\u0022redirect:/a\\u0022}); JavaParser then maps every position back
     *     to the text as written, so regions and fixes still point at the original. It costs a pass per
     *     character, so it is asked for only when the text holds an escape.
     */
    public static JavaParser newParser(boolean unicodeEscapes) {
        ParserConfiguration configuration = new ParserConfiguration()
                .setPreprocessUnicodeEscapes(unicodeEscapes)
                .setLanguageLevel(LanguageLevel.RAW)
                .setAttributeComments(false)
                .setDetectOriginalLineSeparator(false)
                .setTabSize(1);
        // The grammar knows `yield` only at a level from Java 13 on, and the validators run at any level but
        // RAW: so the newest level while the parser is made, RAW again before the post-processors look.
        // Processors run in list order, this one first; the configuration is this parser's alone.
        configuration.getProcessors().add(0, () -> new Processor() {
            @Override
            public Provider preProcess(Provider provider) {
                configuration.setLanguageLevel(NEWEST);
                return provider;
            }

            @Override
            public void postProcess(ParseResult<? extends Node> result, ParserConfiguration config) {
                configuration.setLanguageLevel(LanguageLevel.RAW);
            }
        });
        configuration.getProcessors().add(() -> new Processor() {
            @Override
            public void postProcess(ParseResult<? extends Node> result, ParserConfiguration config) {
                VAR_TYPES.postProcess(result, config);
                result.getResult().ifPresent(ParserFactory::dropTokens);
            }
        });
        return new JavaParser(configuration);
    }

    /**
     * Lets a tree's tokens go, keeping each node's range. The parser links every token of the file, whitespace
     * included, to the next, and each node's first and last token hold the whole chain: a third of a kept
     * tree's memory, which nothing here reads (positions come from the ranges). The parser cannot be told not
     * to store them: without tokens it records no ranges either.
     */
    private static void dropTokens(Node root) {
        root.walk(node -> {
            Range range = node.getRange().orElse(null);
            node.setTokenRange(null);
            node.setRange(range);
        });
    }

    /** What the post-processors of Java 10 and every later level do: {@code var} becomes a {@code VarType}. */
    private static final Java10PostProcessor VAR_TYPES = new Java10PostProcessor();

    /**
     * Parses a compilation unit with a new parser. The parse stops, as a failed parse, once the thread is
     * interrupted: JavaParser ignores interrupts, but it reads its input in small pieces, and this input
     * fails when the thread is interrupted. That is how a file over its time limit stops parsing.
     */
    public static ParseResult<CompilationUnit> parse(String text) {
        return newParser(text.contains("\\u")).parse(ParseStart.COMPILATION_UNIT, Providers.provider(interruptible(text)));
    }

    private static Reader interruptible(String text) {
        return new Reader() {
            private int position;

            @Override
            public int read(char[] buffer, int offset, int length) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new IllegalStateException("parsing stopped: the time limit was reached");
                }
                if (position >= text.length()) {
                    return -1;
                }
                int count = Math.min(length, text.length() - position);
                text.getChars(position, position + count, buffer, offset);
                position += count;
                return count;
            }

            @Override
            public void close() {}
        };
    }
}
