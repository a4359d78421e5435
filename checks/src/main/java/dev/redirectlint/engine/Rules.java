package dev.redirectlint.engine;

import dev.redirectlint.api.RuleInfo;
import dev.redirectlint.rules.AnyMethod302Rule;
import dev.redirectlint.rules.NonGet301Rule;
import dev.redirectlint.rules.NonGet302Rule;
import dev.redirectlint.rules.RedirectWithoutLocationRule;
import dev.redirectlint.rules.Rule;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The explicit catalogue of every rule, in documentation order. */
public final class Rules {

    private static final List<Rule> ALL = List.of(
            new NonGet302Rule(),
            new AnyMethod302Rule(),
            new NonGet301Rule(),
            new RedirectWithoutLocationRule());

    private Rules() {}

    public static List<Rule> all() {
        return ALL;
    }

    public static List<RuleInfo> infos() {
        return ALL.stream().map(Rule::info).toList();
    }

    public static Set<String> ids() {
        Set<String> ids = new LinkedHashSet<>();
        ALL.forEach(rule -> ids.add(rule.info().id()));
        return ids;
    }

    public static Optional<RuleInfo> info(String id) {
        return infos().stream().filter(info -> info.id().equals(id)).findFirst();
    }
}
