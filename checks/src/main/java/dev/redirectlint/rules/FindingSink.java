package dev.redirectlint.rules;

import dev.redirectlint.model.HandlerAnalysis;
import dev.redirectlint.model.Redirect;
import java.util.List;

/** Where rules report; the engine turns reports into findings with positions, severity and fixes. */
public interface FindingSink {

    /** The status a fix should write first for a 302: 303 or 307, as configured. */
    int preferredStatus();

    /**
     * @param messageKey the key of the message template in {@link Messages#BUNDLE}
     * @param messageArgs the template's arguments, rendered as text
     * @param fixStatuses the statuses to offer fixes for, in order of preference
     */
    void report(String ruleId, HandlerAnalysis handler, Redirect redirect, String messageKey, List<String> messageArgs,
            List<Integer> fixStatuses);
}
