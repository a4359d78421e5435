package dev.redirectlint.frameworks.faces;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A {@code <navigation-case>} of a faces-config file's {@code <navigation-rule>}, as Mojarra's
 * {@code NavigationConfigProcessor} reads it: texts trimmed, an empty one absent.
 *
 * @param file the file it is in
 * @param line the line of its {@code <navigation-case>}
 * @param fromViewId its rule's {@code from-view-id}: a view id, a prefix ending in {@code *}, or {@code *} (also
 *     when the rule has none)
 * @param fromAction the action expression it is limited to ({@code #{orderBean.save}}), if any
 * @param fromOutcome the outcome it is for, if any: without one it takes any outcome that is not null
 * @param conditional true if it has an {@code <if>} expression, which may be false at run time
 * @param redirect true if it has {@code <redirect/>}: the navigation handler then redirects to its view
 */
record NavigationCase(Path file, int line, String fromViewId, Optional<String> fromAction,
        Optional<String> fromOutcome, boolean conditional, boolean redirect) {

    /** True if the case takes this outcome of this action (the bean's EL name and the method's). */
    boolean matches(Optional<String> outcome, Optional<String> bean, String method) {
        boolean outcomeMatches = fromOutcome.isEmpty() || fromOutcome.equals(outcome);
        return outcomeMatches && (fromAction.isEmpty() || namesMethod(bean, method));
    }

    /** {@code #{bean.method}} or {@code #{bean.method()}}, as Mojarra compares the action's expression text. */
    private boolean namesMethod(Optional<String> bean, String method) {
        String action = fromAction.get().replace(" ", "");
        return bean.isPresent() && (action.equals("#{" + bean.get() + "." + method + "}")
                || action.equals("#{" + bean.get() + "." + method + "()}"));
    }

    /** Where the message names it: {@code WEB-INF/faces-config.xml, line 12}. */
    String where() {
        Path parent = file.getParent() == null ? null : file.getParent().getFileName();
        return (parent == null ? "" : parent + "/") + file.getFileName() + ", line " + line;
    }
}
