package dev.redirectlint.checkstyle;

import com.puppycrawl.tools.checkstyle.StatelessCheck;
import com.puppycrawl.tools.checkstyle.api.AbstractFileSetCheck;
import com.puppycrawl.tools.checkstyle.api.CheckstyleException;
import com.puppycrawl.tools.checkstyle.api.FileText;
import com.puppycrawl.tools.checkstyle.api.LineColumn;
import com.puppycrawl.tools.checkstyle.api.SeverityLevel;
import com.puppycrawl.tools.checkstyle.api.Violation;
import com.puppycrawl.tools.checkstyle.utils.CommonUtil;
import dev.redirectlint.api.Finding;
import dev.redirectlint.api.ProcessingError;
import dev.redirectlint.engine.FileResult;
import dev.redirectlint.engine.LintConfig;
import dev.redirectlint.engine.RedirectLint;
import dev.redirectlint.engine.Rules;
import dev.redirectlint.source.SourceText;
import dev.redirectlint.rules.Messages;
import java.io.File;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * <div>
 * Runs redirect-lint inside Checkstyle: reports HTTP handlers (Spring MVC, servlets, JAX-RS) that accept
 * POST, PUT, PATCH or DELETE but answer with a 302 Found or 301 Moved Permanently redirect, and says
 * whether to send 303 See Other or 307 Temporary Redirect instead. The findings, their positions and
 * their messages are the ones the redirect-lint Maven plugin reports.
 * </div>
 *
 * <p>It is a file-set check: it parses each {@code .java} file itself (with JavaParser), so it goes
 * directly under {@code Checker}, not under {@code TreeWalker}:
 * <pre>
 * &lt;module name="Checker"&gt;
 *   &lt;module name="RedirectLint"/&gt;
 * &lt;/module&gt;
 * </pre>
 *
 * <p>Each finding is a violation whose message key is its rule id ({@code non-get-302},
 * {@code any-method-302}, {@code non-get-301}, {@code redirect-without-location}), from the bundle
 * {@code dev.redirectlint.rules.messages}; a {@code <message key="non-get-302" value="..."/>} element
 * overrides the text. A violation has the module's {@code severity} unless {@code ruleSeverities} gives
 * its rule another one. Checkstyle's filters apply as to any check, and so does
 * {@code @SuppressWarnings("redirect-lint")} / {@code @SuppressWarnings("redirect-lint:<rule-id>")}.
 *
 * <p>A file that JavaParser cannot parse stops Checkstyle with a {@link CheckstyleException} naming the
 * file, the position and the reason, as {@code TreeWalker} does; with
 * {@code skipFileOnJavaParseException} it is one violation instead, again as with {@code TreeWalker}.
 *
 * <p>The project's configuration files outside Java are read as the Maven plugin reads them (the XML under
 * {@code src/main/resources}, {@code struts.xml}, faces-config files and views, Play's {@code conf/routes}). One
 * that cannot be read is not a file Checkstyle checks: it is one violation ({@value #MSG_CONFIG_ERROR}, with the
 * module's severity, on line 1) of the first file checked in its module in each run, and the run goes on.
 *
 * @since 0.1.0
 */
@StatelessCheck
public final class RedirectLintCheck extends AbstractFileSetCheck {

    /** Message key of the violation for a file that cannot be parsed (with skipFileOnJavaParseException). */
    public static final String MSG_PARSE_ERROR = "parse.error";

    /**
     * Message key of the violation for a configuration file the engine cannot read (a {@code struts.xml} that is
     * not well-formed): reported once a run, on the first file checked of that file's module.
     */
    public static final String MSG_CONFIG_ERROR = "config.error";

    private static final List<String> SEVERITY_NAMES = Arrays.stream(SeverityLevel.values())
            .map(SeverityLevel::getName).toList();

    /** Rule ids to run; empty runs every rule. */
    private String[] rules = {};

    /** Rule ids never to run. */
    private String[] disabledRules = {};

    /** The status the advice suggests first: 303 or 307. */
    private int preferredStatus = 303;

    /** {@code rule-id=severity} entries. */
    private String[] ruleSeverities = {};

    /** Whether a file that does not parse is one violation instead of an exception. */
    private boolean skipFileOnJavaParseException;

    /** The severity of that violation. */
    private SeverityLevel javaParseExceptionSeverity = SeverityLevel.ERROR;

    /** The engine as configured; rebuilt when the module is configured. */
    private RedirectLint engine = new RedirectLint(LintConfig.builder().threads(1).build());

    /** The severities from {@code ruleSeverities}, by rule id. */
    private Map<String, SeverityLevel> severities = Map.of();

    /** The configuration as set, to rebuild the engine with Checker's charset. */
    private LintConfig config = LintConfig.builder().threads(1).build();

    /** Counts Checkstyle runs: each one checks the project against the disk once. */
    private static final java.util.concurrent.atomic.AtomicLong RUNS = new java.util.concurrent.atomic.AtomicLong();
    private long run;

    /** Creates the check for {@code .java} files. */
    public RedirectLintCheck() {
        setFileExtensions("java");
    }

    /**
     * Setter to choose the rules to run, by id; by default every rule runs.
     *
     * @param ids rule ids, such as {@code non-get-302, non-get-301}
     * @since 0.1.0
     */
    public void setRules(String... ids) {
        rules = ids.clone();
    }

    /**
     * Setter to turn rules off, by id.
     *
     * @param ids rule ids, such as {@code any-method-302}
     * @since 0.1.0
     */
    public void setDisabledRules(String... ids) {
        disabledRules = ids.clone();
    }

    /**
     * Setter to choose which fix the messages suggest first for a 302: {@code 303} (See Other, the
     * default: the client follows with a GET) or {@code 307} (Temporary Redirect: the client repeats the
     * request).
     *
     * @param status 303 or 307
     * @since 0.1.0
     */
    public void setPreferredStatus(int status) {
        preferredStatus = status;
    }

    /**
     * Setter to give rules a severity other than the module's, as {@code rule-id=severity} entries:
     * {@code non-get-302=error, any-method-302=info}. Severities are Checkstyle's: {@code ignore},
     * {@code info}, {@code warning}, {@code error}.
     *
     * @param entries {@code rule-id=severity} entries
     * @since 0.1.0
     */
    public void setRuleSeverities(String... entries) {
        ruleSeverities = entries.clone();
    }

    /**
     * Setter to report a file that cannot be parsed as one violation, at the position of the syntax
     * error, instead of stopping Checkstyle with an exception; like {@code TreeWalker}'s property of the
     * same name.
     *
     * @param skip whether to report an unparsable file as a violation
     * @since 0.1.0
     */
    public void setSkipFileOnJavaParseException(boolean skip) {
        skipFileOnJavaParseException = skip;
    }

    /**
     * Setter to choose the severity of the violation for a file that cannot be parsed, when
     * {@code skipFileOnJavaParseException} is set.
     *
     * @param severity the severity of that violation
     * @since 0.1.0
     */
    public void setJavaParseExceptionSeverity(SeverityLevel severity) {
        javaParseExceptionSeverity = severity;
    }

    @Override
    protected void finishLocalSetup() throws CheckstyleException {
        try {
            LintConfig config = LintConfig.builder()
                    .rules(trimmed(rules))
                    .disabledRules(trimmed(disabledRules))
                    .preferredStatus(preferredStatus)
                    .threads(1)
                    .build();
            severities = parseSeverities(ruleSeverities);
            this.config = config;
            engine = new RedirectLint(config);
        } catch (IllegalArgumentException e) {
            throw new CheckstyleException("Invalid RedirectLint configuration: " + e.getMessage(), e);
        }
    }

    /** A new run: the project is read again where files changed, and Checker's charset is the sources'. */
    @Override
    public void beginProcessing(String charset) {
        super.beginProcessing(charset);
        run = RUNS.incrementAndGet();
        try {
            java.nio.charset.Charset sources = java.nio.charset.Charset.forName(charset);
            if (!sources.equals(engine.config().encoding())) {
                engine = new RedirectLint(LintConfig.builder().from(config).encoding(sources).build());
            }
        } catch (IllegalArgumentException e) {
            // Checker has already refused an unknown charset; keep UTF-8.
        }
    }

    @Override
    protected String getMessageBundle() {
        return Messages.BUNDLE;
    }

    @Override
    protected void processFiltered(File file, FileText fileText) throws CheckstyleException {
        String text = fileText.getFullText().toString();
        CheckstyleProjects.Checked checked = CheckstyleProjects.analyse(engine, file.toPath(), text, run);
        FileResult result = checked.file();
        SortedSet<Violation> violations = new TreeSet<>();
        for (ProcessingError error : checked.configErrors()) {
            String where = error.line() > 0 ? error.file() + ":[" + error.line() + "," + error.column() + "]"
                    : error.file().toString();
            violations.add(new Violation(1, 0, getMessageBundle(), MSG_CONFIG_ERROR, new Object[] {where, error.reason()},
                    getSeverityLevel(), getId(), getClass(), customMessage(MSG_CONFIG_ERROR)));
        }
        if (result.error().isPresent()) {
            ProcessingError error = result.error().get();
            if (!skipFileOnJavaParseException) {
                throw new CheckstyleException("RedirectLint cannot parse " + error.describe());
            }
            int offset = error.line() > 0 ? new SourceText(text).offset(error.line(), error.column()) : 0;
            violations.add(violation(fileText, offset, MSG_PARSE_ERROR, new Object[] {error.reason()},
                    javaParseExceptionSeverity));
        }
        for (Finding finding : result.findings()) {
            violations.add(violation(fileText, finding.region().startOffset(), finding.messageKey(),
                    finding.messageArgs().toArray(), severities.getOrDefault(finding.ruleId(), getSeverityLevel())));
        }
        addViolations(violations);
    }

    /**
     * The violation at a character offset of the file's text, positioned as {@code log(line, col, ...)}
     * positions it: Checkstyle's line, and its 1-based column with tabs expanded to the tab width.
     */
    private Violation violation(FileText fileText, int offset, String key, Object[] args, SeverityLevel severity) {
        LineColumn position = fileText.lineColumn(Math.min(offset, fileText.getFullText().length()));
        int line = Math.min(position.getLine(), Math.max(1, fileText.size()));
        String lineText = fileText.size() == 0 ? "" : fileText.get(line - 1);
        int column = 1 + CommonUtil.lengthExpandedTabs(lineText, Math.min(position.getColumn(), lineText.length()),
                getTabWidth());
        return new Violation(line, column, getMessageBundle(), key, args, severity, getId(), getClass(),
                customMessage(key));
    }

    private String customMessage(String key) {
        return getConfiguration() == null ? null : getCustomMessages().get(key);
    }

    private static List<String> trimmed(String... values) {
        return Arrays.stream(values).map(String::trim).filter(value -> !value.isEmpty()).toList();
    }

    private static Map<String, SeverityLevel> parseSeverities(String... entries) {
        Map<String, SeverityLevel> parsed = new LinkedHashMap<>();
        for (String entry : trimmed(entries)) {
            int separator = entry.indexOf('=');
            if (separator < 0) {
                throw new IllegalArgumentException("Invalid entry '" + entry
                        + "' in ruleSeverities; write rule-id=severity, for example non-get-302=error");
            }
            String ruleId = entry.substring(0, separator).trim();
            String severity = entry.substring(separator + 1).trim().toLowerCase(Locale.ROOT);
            if (!Rules.ids().contains(ruleId)) {
                throw new IllegalArgumentException("Unknown rule id '" + ruleId + "' in ruleSeverities; known rule ids: "
                        + String.join(", ", Rules.ids()));
            }
            if (!SEVERITY_NAMES.contains(severity)) {
                throw new IllegalArgumentException("Unknown severity '" + entry.substring(separator + 1).trim()
                        + "' for " + ruleId + " in ruleSeverities; use one of: " + String.join(", ", SEVERITY_NAMES));
            }
            parsed.put(ruleId, SeverityLevel.getInstance(severity));
        }
        return Map.copyOf(parsed);
    }
}
