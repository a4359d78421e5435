package dev.redirectlint.frameworks.struts;

import dev.redirectlint.api.ProcessingError;
import dev.redirectlint.java.ConfigFacts;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

/**
 * The redirect results the project's Struts configuration files ({@code struts.xml} and the files it includes)
 * give its action classes, and the files that could not be read.
 *
 * @param redirects sorted: the record's text is part of the cache's digest
 * @param errors the configuration files that are not well-formed, each with the parser's reason
 */
record StrutsXmlResults(List<XmlRedirect> redirects, List<ProcessingError> errors) implements ConfigFacts {

    /**
     * One result of one action that may answer with a redirect.
     *
     * @param actionClass the action's class, its qualified name with {@code .} for a nested class's {@code $}
     * @param method the action method ({@code execute} when none is given), or {@code *} for a wildcard
     *     ({@code method="{1}"}): any public method of the class; with Dynamic Method Invocation also a method the
     *     action allows, by name or as {@code regex:} and a pattern
     * @param action the action's name and the package it is declared in, for the message, with {@code !} and the
     *     allowed method when Dynamic Method Invocation reaches it
     * @param outcome the result's name: what the method returns to reach it
     * @param type the result type's name ({@code redirect}, {@code redirectAction}, a project's own)
     * @param resultClass the result type's class
     * @param builtIn true for Struts' own redirect result classes; false for a project class, a redirect only if it
     *     extends one of them
     * @param status the status the result sends: 302 unless a {@code statusCode} param says otherwise
     * @param file the file's name below its class path root ({@code struts.xml}, {@code admin/struts-admin.xml})
     * @param line the result's line in that file
     */
    record XmlRedirect(String actionClass, String method, String action, String outcome, String type,
            String resultClass, boolean builtIn, int status, String file, int line) {}

    StrutsXmlResults {
        redirects = redirects.stream().distinct().sorted(Comparator.comparing(XmlRedirect::toString)).toList();
        errors = errors.stream().sorted(Comparator.comparing(ProcessingError::describe)).toList();
    }

    /** The redirects of the results of the actions of a class's method. */
    List<XmlRedirect> of(String actionClass, String method) {
        return redirects.stream().filter(redirect -> redirect.actionClass().equals(actionClass)
                && invokes(redirect.method(), method)).toList();
    }

    /** A method name, {@code *} (any), or {@code regex:} and a pattern the whole name matches. */
    private static boolean invokes(String invoked, String method) {
        if (invoked.startsWith("regex:")) {
            try {
                return Pattern.compile(invoked.substring("regex:".length())).matcher(method).matches();
            } catch (PatternSyntaxException e) {
                return false; // Struts fails to start with it
            }
        }
        return invoked.equals(method) || invoked.equals("*");
    }

    /** True if some action of the class has a redirect result. */
    boolean names(String actionClass) {
        return redirects.stream().anyMatch(redirect -> redirect.actionClass().equals(actionClass));
    }

    /** The action classes: their results answer with a redirect whatever their Java mentions. */
    @Override
    public Set<String> entryTypes() {
        return redirects.stream().map(XmlRedirect::actionClass).collect(Collectors.toCollection(TreeSet::new));
    }
}
