package dev.redirectlint.engine;

import dev.redirectlint.api.Finding;
import dev.redirectlint.rules.Messages;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A handler method that several concrete controllers inherit from one base class is one endpoint per
 * controller but one piece of code: it is reported once, at the inherited method, naming the classes that
 * expose it. Each controller's analysis (perhaps of another file) found its own copy; here they become one.
 */
final class InheritedHandlers {

    /** How many exposing classes a message names before it counts the rest. */
    private static final int NAMED = 3;

    private InheritedHandlers() {}

    static List<Finding> merge(List<Finding> findings) {
        Map<String, List<Finding>> groups = new LinkedHashMap<>();
        List<Finding> merged = new ArrayList<>();
        for (Finding finding : findings) {
            if (finding.exposedBy().isEmpty()) {
                merged.add(finding);
            } else {
                groups.computeIfAbsent(key(finding), k -> new ArrayList<>()).add(finding);
            }
        }
        for (List<Finding> group : groups.values()) {
            merged.add(group.size() == 1 ? group.get(0) : mergeGroup(group));
        }
        return merged;
    }

    /** Findings of one inherited handler: the same rule, place, handler, methods and mechanism. */
    private static String key(Finding finding) {
        return finding.ruleId() + "|" + finding.file() + "|" + finding.region() + "|" + finding.handler() + "|"
                + finding.messageArgs().subList(1, finding.messageArgs().size()) + "|" + finding.mechanism();
    }

    private static Finding mergeGroup(List<Finding> group) {
        TreeSet<String> exposedBy = new TreeSet<>();
        group.forEach(f -> exposedBy.addAll(f.exposedBy()));
        Finding merged = group.get(0);
        for (Finding next : group.subList(1, group.size())) {
            merged = FileAnalyzer.merge(merged, next);
        }
        List<String> args = new ArrayList<>(merged.messageArgs());
        args.set(0, describe(merged.handler(), List.copyOf(exposedBy)));
        return new Finding(merged.ruleId(), merged.severity(), Messages.format(merged.messageKey(), args.toArray()),
                merged.messageKey(), args, merged.file(), merged.region(), merged.handler(), merged.mechanism(),
                merged.related(), merged.fixes(), merged.fingerprintBasis(), merged.handlerRegion(),
                List.copyOf(exposedBy), merged.noFixReason());
    }

    /** {@code Base#create (inherited by OwnerController, PetController and 3 more)}. */
    static String describe(String handler, List<String> exposedBy) {
        List<String> named = exposedBy.subList(0, Math.min(NAMED, exposedBy.size()));
        String classes;
        if (exposedBy.size() == 1) {
            classes = named.get(0);
        } else if (exposedBy.size() <= NAMED) {
            classes = String.join(", ", named.subList(0, named.size() - 1)) + " and " + named.get(named.size() - 1);
        } else {
            classes = String.join(", ", named) + " and " + (exposedBy.size() - NAMED) + " more";
        }
        return handler + " (inherited by " + classes + ")";
    }
}
