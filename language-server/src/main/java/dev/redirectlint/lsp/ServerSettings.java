package dev.redirectlint.lsp;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.redirectlint.api.Severity;
import dev.redirectlint.engine.LintConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The settings the Maven goal takes, as an editor gives them: {@code rules}, {@code disabledRules},
 * {@code preferredStatus} and {@code severities} (rule id to {@code error}, {@code warning} or {@code info}).
 * A setting that is absent keeps the value of the layer below (the project's pom.xml, then the defaults).
 *
 * @param problems what was wrong with the given values, for the user; the bad values are left out
 */
record ServerSettings(Optional<List<String>> rules, Optional<List<String>> disabledRules,
        Optional<Integer> preferredStatus, Map<String, Severity> severities, List<String> problems) {

    static final ServerSettings NONE = new ServerSettings(Optional.empty(), Optional.empty(), Optional.empty(),
            Map.of(), List.of());

    ServerSettings {
        severities = Map.copyOf(severities);
        problems = List.copyOf(problems);
    }

    /**
     * Reads {@code {"redirect-lint": {...}}} or the inner object itself, as clients send either in
     * {@code workspace/didChangeConfiguration} and {@code initializationOptions}.
     */
    static ServerSettings fromJson(Object settings) {
        if (!(settings instanceof JsonObject object)) {
            return NONE;
        }
        JsonObject own = object.has("redirect-lint") && object.get("redirect-lint").isJsonObject()
                ? object.getAsJsonObject("redirect-lint") : object;
        List<String> problems = new ArrayList<>();
        Optional<List<String>> rules = strings(own.get("rules"), "rules", problems);
        Optional<List<String>> disabled = strings(own.get("disabledRules"), "disabledRules", problems);
        Optional<Integer> status = Optional.empty();
        JsonElement preferred = own.get("preferredStatus");
        if (preferred != null && !preferred.isJsonNull()) {
            try {
                status = Optional.of(Integer.parseInt(preferred.getAsString().trim()));
            } catch (RuntimeException e) {
                problems.add("preferredStatus must be 303 or 307, not " + preferred);
            }
        }
        Map<String, Severity> severities = new LinkedHashMap<>();
        JsonElement given = own.get("severities");
        if (given != null && given.isJsonObject()) {
            for (Map.Entry<String, JsonElement> entry : given.getAsJsonObject().entrySet()) {
                try {
                    severities.put(entry.getKey(), Severity.parse(entry.getValue().getAsString()));
                } catch (RuntimeException e) {
                    problems.add("severities." + entry.getKey() + ": " + e.getMessage());
                }
            }
        }
        return new ServerSettings(rules, disabled, status, severities, problems);
    }

    private static Optional<List<String>> strings(JsonElement element, String name, List<String> problems) {
        if (element == null || element.isJsonNull()) {
            return Optional.empty();
        }
        if (element.isJsonArray()) {
            List<String> values = new ArrayList<>();
            for (JsonElement item : (JsonArray) element) {
                values.add(item.getAsString().trim());
            }
            return Optional.of(values);
        }
        if (element.isJsonPrimitive()) {
            return Optional.of(split(element.getAsString()));
        }
        problems.add(name + " must be a list of rule ids or a comma-separated string");
        return Optional.empty();
    }

    /** {@code "a, b"} as the Maven goal takes a list in a property. */
    static List<String> split(String text) {
        List<String> values = new ArrayList<>();
        for (String part : text.split(",")) {
            if (!part.isBlank()) {
                values.add(part.trim());
            }
        }
        return values;
    }

    /** These settings over {@code lower}: a value given here wins. */
    ServerSettings over(ServerSettings lower) {
        Map<String, Severity> merged = new LinkedHashMap<>(lower.severities);
        merged.putAll(severities);
        List<String> allProblems = new ArrayList<>(lower.problems);
        allProblems.addAll(problems);
        return new ServerSettings(rules.or(lower::rules), disabledRules.or(lower::disabledRules),
                preferredStatus.or(lower::preferredStatus), merged, allProblems);
    }

    /**
     * The engine configuration; a value the engine refuses (an unknown rule id, a status other than 303 or
     * 307) is left out and named in {@code refused}.
     */
    LintConfig toConfig(List<String> refused) {
        refused.addAll(problems);
        LintConfig.Builder builder = LintConfig.builder();
        rules.ifPresent(ids -> ids.forEach(id -> accept(() -> builder.rules(List.of(id)), refused)));
        disabledRules.ifPresent(ids -> ids.forEach(id -> accept(() -> builder.disabledRules(List.of(id)), refused)));
        preferredStatus.ifPresent(status -> accept(() -> builder.preferredStatus(status), refused));
        severities.forEach((id, severity) -> accept(() -> builder.severity(id, severity), refused));
        return builder.build();
    }

    private static void accept(Runnable setting, List<String> refused) {
        try {
            setting.run();
        } catch (IllegalArgumentException e) {
            refused.add(e.getMessage());
        }
    }
}
