package dev.redirectlint.checkstyle;

import static org.junit.jupiter.api.Assertions.fail;

import com.puppycrawl.tools.checkstyle.Checker;
import com.puppycrawl.tools.checkstyle.DefaultConfiguration;
import com.puppycrawl.tools.checkstyle.api.AuditEvent;
import com.puppycrawl.tools.checkstyle.api.AuditListener;
import com.puppycrawl.tools.checkstyle.api.CheckstyleException;
import com.puppycrawl.tools.checkstyle.api.SeverityLevel;
import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the real Checkstyle {@link Checker} on an input file that carries its own configuration and its
 * expected violations, the way Checkstyle's own check tests do.
 *
 * <p>The configuration is the first block comment of the file: blocks separated by blank lines, each a
 * module name followed by {@code property = value} lines. {@code Checker} configures the root; any other
 * block is a module under it, and {@code TreeWalker/Name} a module under the {@code TreeWalker} block.
 * {@code message.<key> = text} sets a custom message. {@code ${inputDir}} in a value is the directory of
 * the input file.
 *
 * <p>Violations are marked by a trailing comment on their line, as in Checkstyle's inputs:
 * {@code // violation}, {@code // violation 'message substring'}, {@code // 2 violations}, and
 * {@code // violation above 'substring'} / {@code below} for the line above or below. The check is two-way:
 * every marker needs its violations, and every violation needs a marker.
 */
final class InlineConfigChecker {

    static final String INPUTS = "/dev/redirectlint/checkstyle/";

    private static final Pattern MARKER = Pattern.compile(
            "//\\s*(?:(\\d+)\\s+violations|violation)(?:\\s+(above|below))?(?:\\s+'(.*)')?\\s*$");

    private static final Pattern PROPERTY = Pattern.compile("^\\s*([\\w.-]+)\\s*=\\s*(.*?)\\s*$");

    /** One violation as a listener received it. */
    record Reported(int line, int column, SeverityLevel severity, String message, String key, String source,
            String moduleId) {

        @Override
        public String toString() {
            return line + ":" + column + " [" + severity.getName() + "] " + message;
        }
    }

    private record Expectation(int count, String substring) {}

    private InlineConfigChecker() {}

    /** The input file of that name, next to this class's other inputs. */
    static File input(String name) {
        URL url = InlineConfigChecker.class.getResource(INPUTS + name);
        if (url == null) {
            fail("No input " + INPUTS + name);
        }
        try {
            return new File(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs the input's configuration on it and checks the markers both ways; returns what was reported. */
    static List<Reported> verify(String inputName) throws Exception {
        File file = input(inputName);
        String text = Files.readString(file.toPath(), charsetOf(file));
        List<Reported> reported = run(configuration(file, text), file);
        checkMarkers(text, reported);
        return reported;
    }

    /** Runs a configuration on files and returns every violation the listeners received. */
    static List<Reported> run(DefaultConfiguration configuration, File... files) throws CheckstyleException {
        Checker checker = new Checker();
        checker.setModuleClassLoader(Checker.class.getClassLoader());
        List<Reported> reported = new ArrayList<>();
        try {
            checker.configure(configuration);
            checker.addListener(new Collector(reported));
            checker.process(List.of(files));
        } finally {
            checker.destroy();
        }
        return reported;
    }

    /** The configuration in the input's header comment. */
    static DefaultConfiguration configuration(File file, String text) {
        Matcher header = Pattern.compile("\\A\\uFEFF?/\\*(.*?)\\*/", Pattern.DOTALL).matcher(text);
        if (!header.find()) {
            fail(file.getName() + " has no configuration comment");
        }
        DefaultConfiguration root = new DefaultConfiguration("Checker");
        Map<String, DefaultConfiguration> modules = new LinkedHashMap<>();
        DefaultConfiguration current = null;
        for (String line : header.group(1).split("\r\n|\n|\r")) {
            if (line.isBlank()) {
                current = null;
                continue;
            }
            Matcher property = PROPERTY.matcher(line);
            if (current == null) {
                current = module(root, modules, line.trim());
            } else if (!property.matches()) {
                fail("Cannot read '" + line + "' in the header of " + file.getName());
            } else if (property.group(1).startsWith("message.")) {
                current.addMessage(property.group(1).substring("message.".length()), property.group(2));
            } else {
                current.addProperty(property.group(1),
                        property.group(2).replace("${inputDir}", file.getParentFile().getAbsolutePath()));
            }
        }
        return root;
    }

    private static DefaultConfiguration module(DefaultConfiguration root, Map<String, DefaultConfiguration> modules,
            String name) {
        if (name.equals("Checker")) {
            return root;
        }
        int slash = name.indexOf('/');
        DefaultConfiguration parent = slash < 0 ? root : modules.get(name.substring(0, slash));
        if (parent == null) {
            fail("Module " + name + " comes before its parent");
        }
        DefaultConfiguration module = new DefaultConfiguration(name.substring(slash + 1));
        parent.addChild(module);
        modules.put(name, module);
        return module;
    }

    private static Charset charsetOf(File file) {
        try {
            String head = Files.readString(file.toPath(), StandardCharsets.ISO_8859_1);
            Matcher charset = Pattern.compile("^\\s*charset\\s*=\\s*(\\S+)", Pattern.MULTILINE).matcher(head);
            return charset.find() ? Charset.forName(charset.group(1)) : StandardCharsets.UTF_8;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void checkMarkers(String text, List<Reported> reported) {
        Map<Integer, Expectation> expected = new TreeMap<>();
        String[] lines = text.split("\r\n|\n|\r", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher marker = MARKER.matcher(lines[i]);
            if (marker.find()) {
                int count = marker.group(1) == null ? 1 : Integer.parseInt(marker.group(1));
                int line = "above".equals(marker.group(2)) ? i : "below".equals(marker.group(2)) ? i + 2 : i + 1;
                expected.put(line, new Expectation(count, marker.group(3)));
            }
        }
        Map<Integer, List<Reported>> actual = new TreeMap<>();
        reported.forEach(r -> actual.computeIfAbsent(r.line(), l -> new ArrayList<>()).add(r));
        List<String> problems = new ArrayList<>();
        expected.forEach((line, expectation) -> {
            List<Reported> found = actual.getOrDefault(line, List.of());
            if (found.size() != expectation.count()) {
                problems.add("line " + line + ": expected " + expectation.count() + " violation(s), got " + found);
            } else if (expectation.substring() != null
                    && found.stream().noneMatch(r -> r.message().contains(expectation.substring()))) {
                problems.add("line " + line + ": no message contains '" + expectation.substring() + "': " + found);
            }
        });
        actual.forEach((line, found) -> {
            if (!expected.containsKey(line)) {
                problems.add("line " + line + ": unexpected violation(s) " + found);
            }
        });
        if (!problems.isEmpty()) {
            fail(String.join("\n", problems));
        }
    }

    /** Collects the violations that reach the listeners, that is, after Checkstyle's filters. */
    private record Collector(List<Reported> reported) implements AuditListener {

        @Override
        public void addError(AuditEvent event) {
            reported.add(new Reported(event.getLine(), event.getColumn(), event.getSeverityLevel(),
                    event.getMessage(), event.getViolation().getKey(), event.getSourceName(), event.getModuleId()));
        }

        @Override
        public void addException(AuditEvent event, Throwable throwable) {
            throw new IllegalStateException("Checkstyle reported an exception for " + event.getFileName(), throwable);
        }

        @Override
        public void auditStarted(AuditEvent event) {}

        @Override
        public void auditFinished(AuditEvent event) {}

        @Override
        public void fileStarted(AuditEvent event) {}

        @Override
        public void fileFinished(AuditEvent event) {}
    }
}
