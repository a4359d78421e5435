package dev.redirectlint.rules;

import dev.redirectlint.api.RuleInfo;
import dev.redirectlint.model.HandlerAnalysis;

/**
 * One rule: decides which redirects of an analysed handler are findings, and says why.
 *
 * <p>Rules are stateless and shared across files and threads. They never parse, resolve names or
 * check suppressions: the engine analyses each handler once and hands the result to every rule.
 */
public interface Rule {

    RuleInfo info();

    /** Reports this rule's findings for one analysed handler. */
    void check(HandlerAnalysis handler, FindingSink sink);
}
