package dev.redirectlint.project;

import dev.redirectlint.java.FrameworkFacts;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The words that decide, before any parsing, which code can matter:
 * <ul>
 *   <li><em>triggers</em>: tokens without which no detector reports anything, such as
 *   {@code sendRedirect}, {@code FOUND}, the literal {@code 302} or a string holding {@code redirect:}.
 *   Code with none of them, that calls nothing that has one, cannot answer with a redirect;</li>
 *   <li><em>markers</em>: words a framework declares handlers with ({@code PostMapping},
 *   {@code HandlerInterceptor}): a file with none of them (and no supertype with them) holds no handler;</li>
 *   <li><em>settings</em>: words of project-wide settings that change redirect statuses.</li>
 * </ul>
 * Every list errs on the side of too many words: a word too many costs a parse, a word too few a finding.
 */
public final class TokenCatalog {

    /** Identifiers of redirect APIs, status constants and their factories, in every supported framework. */
    static final List<String> TRIGGER_WORDS = List.of(
            // sendRedirect: Jooby's Context too; the servlet home lists it and its SC_ constants again
            "sendRedirect", "redirect", "seeOther",
            "temporaryRedirect", "permanentRedirect", "movedPermanently",
            "FOUND", "MOVED_PERMANENTLY", "MOVED_TEMPORARILY", "SEE_OTHER", "TEMPORARY_REDIRECT", "PERMANENT_REDIRECT",
            // Apache HttpComponents' HttpStatus
            "SC_MOVED_TEMPORARILY", "SC_MOVED_PERMANENTLY", "SC_SEE_OTHER", "SC_TEMPORARY_REDIRECT",
            "SC_PERMANENT_REDIRECT", "HTTP_MOVED_TEMP", "HTTP_MOVED_PERM", "HTTP_SEE_OTHER", "REDIRECT_PREFIX",
            // Jetty's status constants carry their code: HttpStatus.FOUND_302
            "FOUND_302", "MOVED_TEMPORARILY_302", "MOVED_PERMANENTLY_301", "SEE_OTHER_303", "TEMPORARY_REDIRECT_307",
            "PERMANENT_REDIRECT_308");

    /** Words that handlers of the supported frameworks are declared with: the homes' (none is the core's). */
    static final List<String> MARKER_WORDS = List.of();

    /** Annotations that make a method a request handler: the homes'. */
    static final List<String> ENTRY_ANNOTATIONS = List.of();

    /** Methods a framework calls for requests by their name: the homes'. */
    static final List<String> ENTRY_NAMES = List.of();

    /**
     * Words of frameworks that register routes in code: in a file that mentions one, any member may register
     * routes or be the handler a route names. The homes'.
     */
    static final List<String> ROUTING_WORDS = List.of();

    /** Redirect statuses written as numbers. */
    private static final List<String> STATUS_NUMBERS = List.of("301", "302", "303", "307", "308");

    private static final String REDIRECT_PREFIX = "redirect:";

    /** These words and the framework homes'. */
    public static final TokenCatalog DEFAULT = withHomes(FrameworkFacts.installed());

    private final LongSet triggers;
    private final LongSet markers;
    private final LongSet settings;
    /** The annotations that make a method a handler: {@link #ENTRY_ANNOTATIONS} and the homes'. */
    private final List<String> entryAnnotations;
    /** The methods frameworks call by their name: {@link #ENTRY_NAMES} and the homes'. */
    private final LongSet entryNames;
    private final LongSet routingWords;
    /** Text that makes a string literal a trigger: {@code redirect:} and the homes'. */
    private final List<String> literals;
    /** The homes' setting words as string literals, quotes included: a setting named by a string. */
    private final List<String> settingLiterals;

    private TokenCatalog(Collection<String> triggers, Collection<String> markers, Collection<String> settings,
            Collection<String> routing, List<String> literals, List<String> entryAnnotations,
            Collection<String> entryNames) {
        this.triggers = hashes(triggers);
        this.markers = hashes(markers);
        this.settings = hashes(settings);
        this.settingLiterals = settings.stream().map(word -> '"' + word + '"').toList();
        this.routingWords = hashes(routing);
        this.literals = List.copyOf(literals);
        this.entryAnnotations = List.copyOf(entryAnnotations);
        this.entryNames = hashes(entryNames);
        settings.forEach(word -> this.triggers.add(Identifiers.hash(word)));
    }

    static TokenCatalog withHomes(List<FrameworkFacts> homes) {
        List<String> triggers = new ArrayList<>(TRIGGER_WORDS);
        List<String> markers = new ArrayList<>(MARKER_WORDS);
        List<String> routing = new ArrayList<>(ROUTING_WORDS);
        List<String> literals = new ArrayList<>(List.of(REDIRECT_PREFIX));
        List<String> entryAnnotations = new ArrayList<>(ENTRY_ANNOTATIONS);
        List<String> entryNames = new ArrayList<>(ENTRY_NAMES);
        List<String> settings = new ArrayList<>();
        for (FrameworkFacts home : homes) {
            home.sourceSettings().forEach(setting -> settings.addAll(setting.words()));
            triggers.addAll(home.words().triggers());
            markers.addAll(home.words().markers());
            routing.addAll(home.words().routing());
            literals.addAll(home.words().literals());
            entryAnnotations.addAll(home.words().annotations());
            entryNames.addAll(home.words().entryNames());
        }
        return new TokenCatalog(triggers, markers, settings, routing, literals, entryAnnotations, entryNames);
    }

    /** True for a type of a framework's API that the analysis knows by name (HttpStatus, RedirectView). */
    boolean isApiType(String qualifiedName) {
        return dev.redirectlint.java.KnownTypes.isKnown(qualifiedName);
    }

    /** Simple names of the annotations that make a method a handler ({@code PostMapping}), the homes' too. */
    List<String> entryAnnotations() {
        return entryAnnotations;
    }

    boolean isEntryName(String name) {
        return entryNames.contains(Identifiers.hash(name));
    }

    boolean isRoutingWord(long identifier) {
        return routingWords.contains(identifier);
    }

    boolean isTrigger(long identifier) {
        return triggers.contains(identifier);
    }

    boolean isMarker(long identifier) {
        return markers.contains(identifier);
    }

    boolean isSetting(long identifier) {
        return settings.contains(identifier);
    }

    /** True for a string literal, {@code [from, to)} of the text with its quotes, that is a setting word. */
    boolean namesSetting(char[] text, int from, int to) {
        for (String literal : settingLiterals) {
            if (to - from == literal.length() && matches(text, from, literal)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True for a string literal, {@code [from, to)} of the text with its quotes, that holds {@code redirect:}
     * or a home's redirect text ({@code faces-redirect=true}).
     */
    boolean stringTriggers(char[] text, int from, int to) {
        for (String literal : literals) {
            char first = literal.charAt(0);
            for (int at = from; at + literal.length() <= to; at++) {
                if (text[at] == first && matches(text, at, literal)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean matches(char[] text, int at, String word) {
        for (int i = 0; i < word.length(); i++) {
            if (text[at + i] != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** True for a number literal that is a redirect status. */
    boolean numberTriggers(char[] text, int from, int to) {
        if (to - from != 3) {
            return false;
        }
        for (String status : STATUS_NUMBERS) {
            if (matches(text, from, status)) {
                return true;
            }
        }
        return false;
    }

    private static LongSet hashes(Collection<String> words) {
        LongSet set = new LongSet(words.size());
        words.forEach(word -> set.add(Identifiers.hash(word)));
        return set;
    }
}
