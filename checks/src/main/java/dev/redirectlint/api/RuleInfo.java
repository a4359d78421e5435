package dev.redirectlint.api;

/**
 * What a rule is, independent of any finding: used by reports and documentation.
 *
 * @param id the kebab-case rule id used in configuration and suppressions
 * @param defaultSeverity the severity unless configuration overrides it
 * @param summary one line, no trailing period
 * @param description a paragraph explaining why the pattern is a problem and how to fix it
 */
public record RuleInfo(String id, Severity defaultSeverity, String summary, String description) {}
