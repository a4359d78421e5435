import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.ToolProvider;

/**
 * Measures {@code mvn redirect-lint:check} against a read-only floor, Maven's own start-up, PMD and Checkstyle
 * on one source tree. Every run is a fresh process timed by GNU time; variants take turns round by round, so
 * a slow spell of the machine hits all of them alike. See bench/README.md.
 *
 * <pre>java bench/Bench.java --tree /work/trees/spring-framework --rounds 5</pre>
 */
public class Bench {

    static final String PLUGIN = "dev.redirectlint:redirect-lint-maven-plugin:0.1.0-SNAPSHOT";
    static final String PMD_VERSION = "7.27.0";
    static final String CHECKSTYLE_VERSION = "12.3.1";
    static final String PMD_RULE = "category/java/bestpractices.xml/UnusedPrivateField";
    static final String DEPENDENCY_PLUGIN = "org.apache.maven.plugins:maven-dependency-plugin:3.9.0";
    static final List<String> DEFAULT_VARIANTS =
            List.of("read", "validate", "rl-cold", "rl-warm", "rl-edit", "pmd", "checkstyle");
    static final List<String> ALL_VARIANTS =
            List.of("read", "validate", "rl-cold", "rl-warm", "rl-edit", "pmd", "pmd-t1", "checkstyle");

    static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    /** One way of checking the tree: a command, run in its own directory, with optional steps around it. */
    static final class Variant {
        final String name;
        final Path dir;
        final List<String> command;
        final boolean maven;
        Runnable before = () -> { };
        Runnable after = () -> { };
        Function<Path, String> findings = log -> "-";

        Variant(String name, Path dir, boolean maven, List<String> command) {
            this.name = name;
            this.dir = dir;
            this.maven = maven;
            this.command = command;
        }
    }

    /** One measured run; otherCpu is what the rest of the machine used meanwhile, to spot interference. */
    record Run(String variant, int round, double wall, double cpu, double rssMib, int exit, String findings,
            double otherCpu) {
    }

    // Options.
    static Path tree;
    static Path work = Path.of(System.getProperty("java.io.tmpdir"), "redirect-lint-bench");
    static int rounds = 5;
    static double fraction = 1;
    static List<String> only;
    static final Map<String, Path> extraRepos = new LinkedHashMap<>();
    static String mavenOpts;
    static int idleWait;

    // The file that rl-edit changes, its original bytes and time stamp, and whether it is changed right now.
    static Path editFile;
    static byte[] editOriginal;
    static FileTime editTime;
    static volatile boolean editActive;
    static volatile Process running;

    public static void main(String[] args) throws Exception {
        parseArgs(args);
        tree = tree.toRealPath();
        work = work.toAbsolutePath().normalize();
        if (work.startsWith(tree)) {
            fail("--work " + work + " is inside the tree; the benchmark must not write there");
        }
        Files.createDirectories(work);
        restoreLeftoverEdit();
        Runtime.getRuntime().addShutdownHook(new Thread(Bench::onExit));

        List<Path> all = javaFiles(tree);
        Path measured = tree;
        List<Path> files = all;
        if (fraction < 1) {
            measured = work.resolve("tree-" + fraction);
            if (tree.startsWith(measured)) {
                fail("the tree lies in the work directory's subset copy " + measured);
            }
            files = copySubset(all, measured);
        }
        compileReadAll();
        delete(work.resolve("runs")); // logs and caches of an earlier invocation would only confuse

        List<String> names = new ArrayList<>(only != null ? only : DEFAULT_VARIANTS);
        if (only == null) {
            names.addAll(extraRepos.keySet());
        }
        List<Variant> variants = new ArrayList<>();
        for (String name : names) {
            variants.add(variant(name, measured));
        }
        if (names.contains("rl-edit")) {
            editFile = pickEditFile(measured, files);
        }

        System.out.println("# redirect-lint benchmark");
        System.out.println();
        System.out.printf("- tree: %s, %d .java files%s%n", tree, files.size(),
                fraction < 1 ? " (subset " + fraction + " of " + all.size() + ", copied to " + measured + ")" : "");
        System.out.printf("- %d round(s), variants interleaved; %d cores; Java %s; MAVEN_OPTS for Maven runs: %s%n",
                rounds, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                mavenOpts == null ? "(none)" : "\"" + mavenOpts + "\"");
        if (editFile != null) {
            System.out.printf("- rl-edit appends a comment to %s, restored after each run%n",
                    measured.relativize(editFile));
        }
        Map<String, String> builds = builds();
        builds.forEach((repo, build) -> System.out.printf("- redirect-lint build in %s: %s%n", repo, build));
        if (idleWait > 0) {
            System.out.printf("- before each run, waits up to %d s for the machine to be idle%n", idleWait);
        }
        System.out.printf("- logs and reports: %s/runs/<variant>/%n%n", work);

        // Unmeasured warm-up: fill the page cache, and give rl-warm and rl-edit the cache a warm run starts from.
        log("warm-up: reading the tree once");
        exec(List.of(JAVA, "-cp", work.resolve("classes").toString(), "ReadAll", measured.toString()), work,
                null, work.resolve("warm-up.log"));
        for (Variant v : variants) {
            if (v.name.equals("rl-warm") || v.name.equals("rl-edit")) {
                log("warm-up: priming " + v.name);
                exec(v.command, v.dir, v, v.dir.resolve("prime.log"));
            }
        }
        for (Variant v : variants) {
            if (v.name.equals("rl-warm") && !Files.exists(v.dir.resolve("target/redirect-lint-cache.bin"))) {
                log("note: no target/redirect-lint-cache.bin after priming: this build has no cache, so warm = cold");
            }
        }

        List<Run> runs = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            for (Variant v : variants) {
                Run run = measure(v, round);
                runs.add(run);
                log(String.format(Locale.ROOT, "[round %d/%d] %-12s %7.2f s wall %7.2f s CPU %6.0f MiB exit %d,"
                        + " %s findings, others used %.1f s CPU", round, rounds, v.name, run.wall, run.cpu,
                        run.rssMib, run.exit, run.findings, run.otherCpu));
            }
        }
        report(variants, runs);
        Map<String, String> after = builds();
        builds.forEach((repo, build) -> {
            if (!build.equals(after.get(repo))) {
                System.out.printf("%nThe redirect-lint build in %s changed during the runs (%s at the start, %s at"
                        + " the end): the figures mix two builds. Repeat the run.%n", repo, build, after.get(repo));
            }
        });
    }

    /**
     * A short hash of the installed plugin and engine jars in each local repository measured, so that a
     * reinstall in the middle of a run (by a build in another terminal) does not go unnoticed.
     */
    static Map<String, String> builds() throws IOException {
        Map<String, Path> repos = new LinkedHashMap<>();
        repos.put("~/.m2", Path.of(System.getProperty("user.home"), ".m2", "repository"));
        extraRepos.forEach((name, repo) -> repos.put(repo.toString(), repo));
        String[] gav = PLUGIN.split(":");
        Map<String, String> builds = new LinkedHashMap<>();
        for (var e : repos.entrySet()) {
            try {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                for (String artifact : List.of(gav[1], "redirect-lint-checks")) {
                    Path jar = e.getValue().resolve(gav[0].replace('.', '/')).resolve(artifact).resolve(gav[2])
                            .resolve(artifact + "-" + gav[2] + ".jar");
                    sha.update(Files.exists(jar) ? Files.readAllBytes(jar) : new byte[0]);
                }
                builds.put(e.getKey(), "jars sha256 " + HexFormat.of().formatHex(sha.digest()).substring(0, 12));
            } catch (NoSuchAlgorithmException ex) {
                throw new IllegalStateException(ex);
            }
        }
        return builds;
    }

    static void parseArgs(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                tree = Path.of(arg);
                continue;
            }
            if (i + 1 >= args.length) {
                fail("missing value after " + arg);
            }
            String value = args[++i];
            switch (arg) {
                case "--tree" -> tree = Path.of(value);
                case "--work" -> work = Path.of(value);
                case "--rounds" -> rounds = Integer.parseInt(value);
                case "--fraction" -> fraction = Double.parseDouble(value);
                case "--only" -> only = List.of(value.split(","));
                case "--maven-opts" -> mavenOpts = value;
                case "--idle" -> idleWait = Integer.parseInt(value);
                case "--variant" -> {
                    int eq = value.indexOf('=');
                    if (eq <= 0 || ALL_VARIANTS.contains(value.substring(0, eq))) {
                        fail("--variant wants name=<local repository path>, with a name of its own: " + value);
                    }
                    extraRepos.put(value.substring(0, eq), Path.of(value.substring(eq + 1)).toAbsolutePath());
                }
                default -> fail("unknown option " + arg);
            }
        }
        if (tree == null || !Files.isDirectory(tree)) {
            fail("usage: java bench/Bench.java [--tree] DIR [--rounds 5] [--only a,b] [--fraction 0.25] "
                    + "[--variant name=repo] [--maven-opts \"-Xmx512m\"] [--idle SECONDS] [--work DIR]");
        }
        if (!(fraction > 0 && fraction <= 1) || rounds < 1) {
            fail("--fraction must be in (0, 1] and --rounds at least 1");
        }
    }

    /** Builds one variant in its own directory under work/runs, so no two share a target/ or a report. */
    static Variant variant(String name, Path measured) throws IOException, InterruptedException {
        Path dir = work.resolve("runs").resolve(name);
        delete(dir);
        Files.createDirectories(dir);
        String src = measured.toString();
        switch (name) {
            case "read" -> {
                return new Variant(name, dir, false,
                        List.of(JAVA, "-cp", work.resolve("classes").toString(), "ReadAll", src));
            }
            case "validate" -> {
                // Maven runs go without -q, which would hide the summary line with the finding count; validate
                // runs the same way, so that it can be subtracted from the check.
                writePom(dir, measured);
                return new Variant(name, dir, true, List.of("mvn", "-B", "-o", "validate"));
            }
            case "rl-cold", "rl-warm", "rl-edit" -> {
                return redirectLint(name, dir, measured, List.of());
            }
            case "pmd", "pmd-t1" -> {
                String cp = toolClasspath("pmd", "<dependency><groupId>net.sourceforge.pmd</groupId>"
                        + "<artifactId>pmd-cli</artifactId><version>" + PMD_VERSION + "</version></dependency>"
                        + "<dependency><groupId>net.sourceforge.pmd</groupId>"
                        + "<artifactId>pmd-java</artifactId><version>" + PMD_VERSION + "</version></dependency>");
                Path report = dir.resolve("report.txt");
                // --no-cache: every round is cold. The no-fail flags keep the exit code for crashes only.
                Variant v = new Variant(name, dir, false, List.of(JAVA, "-cp", cp, "net.sourceforge.pmd.cli.PmdCli",
                        "check", "-d", src, "-R", PMD_RULE, "-t", name.equals("pmd") ? "2" : "1", "--no-cache",
                        "--no-progress", "-f", "text", "-r", report.toString(), "--no-fail-on-violation",
                        "--no-fail-on-error"));
                v.findings = log -> count(report, Pattern.compile("\\.java:\\d+:\t"));
                return v;
            }
            case "checkstyle" -> {
                String cp = toolClasspath("checkstyle", "<dependency><groupId>com.puppycrawl.tools</groupId>"
                        + "<artifactId>checkstyle</artifactId><version>" + CHECKSTYLE_VERSION + "</version>"
                        + "</dependency>");
                Path config = dir.resolve("checkstyle.xml");
                // fileExtensions=java: only .java files are read, as the other tools do; severity=warning: the
                // exit code is the number of errors, and we want it for crashes only.
                Files.writeString(config, """
                        <?xml version="1.0"?>
                        <!DOCTYPE module PUBLIC "-//Checkstyle//DTD Checkstyle Configuration 1.3//EN"
                            "https://checkstyle.org/dtds/configuration_1_3.dtd">
                        <module name="Checker">
                          <property name="charset" value="UTF-8"/>
                          <property name="fileExtensions" value="java"/>
                          <property name="severity" value="warning"/>
                          <module name="TreeWalker">
                            <module name="IllegalImport"/>
                          </module>
                        </module>
                        """);
                Path report = dir.resolve("report.txt");
                Variant v = new Variant(name, dir, false, List.of(JAVA, "-cp", cp,
                        "com.puppycrawl.tools.checkstyle.Main", "-c", config.toString(), "-o", report.toString(), src));
                v.findings = log -> count(report, Pattern.compile("^\\[(WARN|ERROR|INFO)\\] .*\\.java:\\d+"));
                return v;
            }
            default -> {
                Path repo = extraRepos.get(name);
                if (repo == null) {
                    fail("unknown variant " + name + "; known: " + ALL_VARIANTS + " and the --variant names "
                            + extraRepos.keySet());
                }
                return redirectLint(name, dir, measured, List.of("-Dmaven.repo.local=" + repo));
            }
        }
    }

    /** rl-cold and --variant runs start without target/; rl-edit changes one file around its run. */
    static Variant redirectLint(String name, Path dir, Path measured, List<String> extra) throws IOException {
        writePom(dir, measured);
        // The cache is named explicitly so that it is surely under target/, which a cold run deletes.
        List<String> command = new ArrayList<>(List.of("mvn", "-B", "-o", "redirect-lint:check",
                "-Dredirect-lint.cacheFile=" + dir.resolve("target/redirect-lint-cache.bin")));
        command.addAll(extra);
        Variant v = new Variant(name, dir, true, command);
        Path sarif = dir.resolve("target/redirect-lint.sarif");
        v.findings = log -> {
            String summary = first(log, Pattern.compile("redirect-lint: (\\d+) findings? "));
            String results = count(sarif, Pattern.compile("\"ruleId\""));
            return summary.equals(results) ? summary : summary + " (SARIF " + results + ")";
        };
        if (name.equals("rl-edit")) {
            v.before = Bench::editTree;
            v.after = Bench::restoreTree;
        } else if (!name.equals("rl-warm")) {
            v.before = () -> delete(dir.resolve("target"));
        }
        return v;
    }

    /** The project the Maven variants run: the tree as its only source root, findings reported, never fatal. */
    static void writePom(Path dir, Path measured) throws IOException {
        String[] gav = PLUGIN.split(":");
        String source = measured.toString().replace("&", "&amp;").replace("<", "&lt;");
        Files.writeString(dir.resolve("pom.xml"), """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>bench</groupId>
                  <artifactId>redirect-lint-bench</artifactId>
                  <version>1</version>
                  <properties>
                    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
                  </properties>
                  <build>
                    <sourceDirectory>%s</sourceDirectory>
                    <plugins>
                      <plugin>
                        <groupId>%s</groupId>
                        <artifactId>%s</artifactId>
                        <version>%s</version>
                        <configuration>
                          <failOnViolation>false</failOnViolation>
                          <failOnError>false</failOnError>
                        </configuration>
                      </plugin>
                    </plugins>
                  </build>
                </project>
                """.formatted(source, gav[0], gav[1], gav[2]));
    }

    /**
     * The class path of PMD or Checkstyle, from Maven Central through a throw-away pom. One pom per tool, so
     * their shared libraries (ANTLR, Saxon) keep the versions each tool was built with.
     */
    static String toolClasspath(String tool, String dependencies) throws IOException, InterruptedException {
        Path dir = work.resolve("tools").resolve(tool);
        Files.createDirectories(dir);
        Path cpFile = dir.resolve("classpath.txt");
        if (Files.exists(cpFile)) {
            String cp = Files.readString(cpFile).trim();
            if (Arrays.stream(cp.split(":")).allMatch(jar -> Files.exists(Path.of(jar)))) {
                return cp;
            }
        }
        Files.writeString(dir.resolve("pom.xml"), """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>bench</groupId><artifactId>%s</artifactId><version>1</version><packaging>pom</packaging>
                  <dependencies>%s</dependencies>
                </project>
                """.formatted(tool, dependencies));
        List<String> goal = List.of("mvn", "-B", "-q", DEPENDENCY_PLUGIN + ":build-classpath",
                "-Dmdep.outputFile=" + cpFile);
        // Offline first; online only if something is missing from the local repository.
        List<String> offline = new ArrayList<>(goal);
        offline.add(2, "-o");
        if (exec(offline, dir, null, dir.resolve("resolve.log")) != 0) {
            log("resolving " + tool + " from Maven Central");
            if (exec(goal, dir, null, dir.resolve("resolve.log")) != 0) {
                fail("cannot resolve " + tool + "; see " + dir.resolve("resolve.log"));
            }
        }
        return Files.readString(cpFile).trim();
    }

    /** Compiles ReadAll once, so the floor does not pay for the source launcher's compile step. */
    static void compileReadAll() throws IOException {
        String self = System.getProperty("jdk.launcher.sourcefile", "bench/Bench.java");
        Path source = Path.of(self).toAbsolutePath().resolveSibling("ReadAll.java");
        Path classes = work.resolve("classes");
        Files.createDirectories(classes);
        int status = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(),
                source.toString());
        if (status != 0) {
            fail("cannot compile " + source);
        }
    }

    /** Runs one variant once under GNU time and reads back wall, CPU (user + sys) and peak RSS. */
    static Run measure(Variant v, int round) throws IOException, InterruptedException {
        Path timeFile = v.dir.resolve("round-" + round + ".time");
        List<String> command = new ArrayList<>(List.of("/usr/bin/time", "-f", "%e %U %S %M", "-o",
                timeFile.toString()));
        command.addAll(v.command);
        waitForIdle();
        int exit;
        double busyBefore;
        double busyAfter;
        v.before.run();
        try {
            busyBefore = machineBusySeconds();
            exit = exec(command, v.dir, v, v.dir.resolve("round-" + round + ".log"));
            busyAfter = machineBusySeconds();
        } finally {
            v.after.run();
        }
        // On a failure GNU time writes "Command exited with non-zero status N" first; the figures come last.
        List<String> lines = Files.readAllLines(timeFile);
        if (lines.isEmpty()) {
            fail(v.name + " round " + round + " gave no timing (interrupted?); see " + v.dir);
        }
        String[] f = lines.get(lines.size() - 1).trim().split(" ");
        double cpu = Double.parseDouble(f[1]) + Double.parseDouble(f[2]);
        return new Run(v.name, round, Double.parseDouble(f[0]), cpu, Long.parseLong(f[3]) / 1024.0, exit,
                v.findings.apply(v.dir.resolve("round-" + round + ".log")), Math.max(0, busyAfter - busyBefore - cpu));
    }

    /** With --idle S, waits up to S seconds for a second in which the machine is nearly idle (under 0.1 s CPU). */
    static void waitForIdle() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + idleWait * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            double before = machineBusySeconds();
            Thread.sleep(1000);
            if (machineBusySeconds() - before < 0.1) {
                return;
            }
        }
        if (idleWait > 0) {
            log("the machine is still busy after " + idleWait + " s; measuring anyway");
        }
    }

    /** CPU seconds the whole machine has spent busy since boot, from /proc/stat (in USER_HZ = 1/100 s). */
    static double machineBusySeconds() throws IOException {
        String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
        long busy = 0;
        for (int i : new int[] {1, 2, 3, 6, 7, 8}) { // user nice system irq softirq steal; not idle, iowait
            busy += Long.parseLong(f[i]);
        }
        return busy / 100.0;
    }

    /** Runs a command in dir, output to a log file; Maven runs get this JVM's Java and only our MAVEN_OPTS. */
    static int exec(List<String> command, Path dir, Variant v, Path log) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = pb.environment();
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.remove("MAVEN_OPTS");
        env.remove("MAVEN_ARGS");
        if (v != null && v.maven && mavenOpts != null) {
            env.put("MAVEN_OPTS", mavenOpts);
        }
        Process p = pb.start();
        running = p;
        try {
            return p.waitFor();
        } finally {
            running = null;
        }
    }

    static void editTree() {
        try {
            // A crash-proof note of what to restore, read back by restoreLeftoverEdit on the next start.
            Files.write(work.resolve("edit-backup.bin"), editOriginal);
            Files.writeString(work.resolve("edit-backup.path"), editFile + "\n" + editTime.toMillis());
            editActive = true;
            // A different comment each round, so no cache can have seen this content before.
            String tail = "\n// redirect-lint bench edit " + System.nanoTime() + "\n";
            byte[] edited = Arrays.copyOf(editOriginal, editOriginal.length + tail.length());
            System.arraycopy(tail.getBytes(StandardCharsets.UTF_8), 0, edited, editOriginal.length, tail.length());
            Files.write(editFile, edited);
        } catch (IOException e) {
            restoreTree();
            throw new UncheckedIOException(e);
        }
    }

    /** Puts back the original bytes and time stamp, so the tree and any mtime-based cache see no change. */
    static synchronized void restoreTree() {
        if (!editActive) {
            return;
        }
        try {
            Files.write(editFile, editOriginal);
            Files.setLastModifiedTime(editFile, editTime);
            Files.deleteIfExists(work.resolve("edit-backup.path"));
            Files.deleteIfExists(work.resolve("edit-backup.bin"));
            editActive = false;
        } catch (IOException e) {
            System.err.println("CANNOT RESTORE " + editFile + ": " + e + "; the original is in "
                    + work.resolve("edit-backup.bin"));
        }
    }

    /** If an earlier run was killed between edit and restore, restore its file now. */
    static void restoreLeftoverEdit() throws IOException {
        Path note = work.resolve("edit-backup.path");
        if (Files.exists(note)) {
            List<String> lines = Files.readAllLines(note);
            editFile = Path.of(lines.get(0));
            editOriginal = Files.readAllBytes(work.resolve("edit-backup.bin"));
            editTime = FileTime.fromMillis(Long.parseLong(lines.get(1)));
            editActive = true;
            log("restoring " + editFile + ", left edited by an earlier run");
            restoreTree();
        }
    }

    /** On Ctrl-C or any exit: stop the running tool, then restore the tree. */
    static void onExit() {
        Process p = running;
        if (p != null) {
            p.descendants().forEach(ProcessHandle::destroy);
            p.destroy();
        }
        restoreTree();
    }

    /** The first file (by path) with a redirect, else with a POST handler, else the first file. */
    static Path pickEditFile(Path root, List<Path> files) throws IOException {
        for (String marker : List.of("redirect:", "@PostMapping")) {
            for (Path file : files) {
                if (Files.readString(root.resolve(file), StandardCharsets.ISO_8859_1).contains(marker)) {
                    return choose(root.resolve(file));
                }
            }
        }
        return choose(root.resolve(files.get(0)));
    }

    static Path choose(Path file) throws IOException {
        editOriginal = Files.readAllBytes(file);
        editTime = Files.getLastModifiedTime(file);
        return file;
    }

    /** The tree's .java files as sorted relative paths. */
    static List<Path> javaFiles(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            List<Path> files = walk.filter(p -> p.toString().endsWith(".java") && Files.isRegularFile(p))
                    .map(root::relativize).sorted().toList();
            if (files.isEmpty()) {
                fail("no .java files in " + root);
            }
            return files;
        }
    }

    /** Copies an evenly spread subset: file i of the sorted list when floor((i+1)f) > floor(if). */
    static List<Path> copySubset(List<Path> all, Path target) throws IOException {
        delete(target);
        List<Path> chosen = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (Math.floor((i + 1) * fraction) > Math.floor(i * fraction)) {
                Path to = target.resolve(all.get(i));
                Files.createDirectories(to.getParent());
                Files.copy(tree.resolve(all.get(i)), to);
                chosen.add(all.get(i));
            }
        }
        return chosen;
    }

    static void report(List<Variant> variants, List<Run> runs) {
        Map<String, List<Run>> by = new LinkedHashMap<>();
        for (Variant v : variants) {
            by.put(v.name, runs.stream().filter(r -> r.variant.equals(v.name)).toList());
        }
        System.out.println("| variant | runs | wall median (s) | wall min–max (s) | CPU median (s) "
                + "| peak RSS median (MiB) | exit | findings |");
        System.out.println("|---|---:|---:|---:|---:|---:|---|---|");
        for (var e : by.entrySet()) {
            List<Run> rs = e.getValue();
            Set<String> exits = new LinkedHashSet<>();
            Set<String> findings = new LinkedHashSet<>();
            rs.forEach(r -> {
                exits.add(String.valueOf(r.exit));
                findings.add(r.findings);
            });
            System.out.printf(Locale.ROOT, "| %s | %d | %.2f | %.2f–%.2f | %.2f | %.0f | %s | %s |%n",
                    e.getKey(), rs.size(),
                    median(rs, Run::wall), rs.stream().mapToDouble(Run::wall).min().orElse(0),
                    rs.stream().mapToDouble(Run::wall).max().orElse(0), median(rs, Run::cpu), median(rs, Run::rssMib),
                    String.join(",", exits), String.join(", ", findings));
        }

        List<String> comparisons = new ArrayList<>();
        ratio(comparisons, by, "pmd", "rl-cold", "PMD -t 2 / redirect-lint cold");
        ratio(comparisons, by, "pmd-t1", "rl-cold", "PMD -t 1 / redirect-lint cold");
        ratio(comparisons, by, "checkstyle", "rl-cold", "Checkstyle / redirect-lint cold");
        ratio(comparisons, by, "rl-cold", "read", "redirect-lint cold / read floor");
        for (String extra : extraRepos.keySet()) {
            ratio(comparisons, by, extra, "rl-cold", extra + " / redirect-lint cold");
        }
        difference(comparisons, by, "rl-warm", "validate", "redirect-lint warm − mvn validate");
        difference(comparisons, by, "rl-edit", "validate", "redirect-lint after one edit − mvn validate");
        if (!comparisons.isEmpty()) {
            System.out.println();
            System.out.println("| comparison (median wall) | value |");
            System.out.println("|---|---:|");
            comparisons.forEach(System.out::println);
        }

        System.out.println();
        System.out.println("| round | variant | wall (s) | CPU (s) | peak RSS (MiB) | exit | findings "
                + "| other CPU (s) |");
        System.out.println("|---:|---|---:|---:|---:|---:|---|---:|");
        for (Run r : runs) {
            System.out.printf(Locale.ROOT, "| %d | %s | %.2f | %.2f | %.0f | %d | %s | %.1f |%n",
                    r.round, r.variant, r.wall, r.cpu, r.rssMib, r.exit, r.findings, r.otherCpu);
        }

        // Other processes competing for the cores make every figure worse; say how much there was.
        double other = runs.stream().mapToDouble(Run::otherCpu).sum();
        double capacity = runs.stream().mapToDouble(Run::wall).sum() * Runtime.getRuntime().availableProcessors();
        System.out.println();
        System.out.printf(Locale.ROOT, "Other processes used %.0f s of CPU during the measured runs, %.1f%% of the"
                + " machine.%s%n", other, 100 * other / capacity,
                other > 0.05 * capacity ? " The machine was busy: repeat on an idle one." : "");
    }

    static void ratio(List<String> rows, Map<String, List<Run>> by, String a, String b, String label) {
        if (by.containsKey(a) && by.containsKey(b)) {
            double value = median(by.get(a), Run::wall) / median(by.get(b), Run::wall);
            rows.add(String.format(Locale.ROOT, "| %s | %.2f× |", label, value));
        }
    }

    static void difference(List<String> rows, Map<String, List<Run>> by, String a, String b, String label) {
        if (by.containsKey(a) && by.containsKey(b)) {
            double value = median(by.get(a), Run::wall) - median(by.get(b), Run::wall);
            rows.add(String.format(Locale.ROOT, "| %s | %.2f s |", label, value));
        }
    }

    static double median(List<Run> runs, java.util.function.ToDoubleFunction<Run> field) {
        double[] v = runs.stream().mapToDouble(field).sorted().toArray();
        if (v.length == 0) {
            return Double.NaN;
        }
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    /** How often the pattern occurs in the lines of a report or log; "?" if the file is missing. */
    static String count(Path file, Pattern pattern) {
        try (Stream<String> lines = Files.lines(file, StandardCharsets.ISO_8859_1)) {
            return String.valueOf(lines.mapToLong(l -> pattern.matcher(l).results().count()).sum());
        } catch (IOException | UncheckedIOException e) {
            return "?";
        }
    }

    static String first(Path file, Pattern pattern) {
        try (Stream<String> lines = Files.lines(file, StandardCharsets.ISO_8859_1)) {
            return lines.map(pattern::matcher).filter(Matcher::find).map(m -> m.group(1)).findFirst().orElse("?");
        } catch (IOException | UncheckedIOException e) {
            return "?";
        }
    }

    /** Deletes a directory tree; only ever inside the work directory. */
    static void delete(Path dir) {
        if (!dir.toAbsolutePath().normalize().startsWith(work) || dir.equals(work)) {
            throw new IllegalStateException("refusing to delete " + dir);
        }
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void log(String message) {
        System.err.println("bench: " + message);
    }

    static void fail(String message) {
        System.err.println("bench: " + message);
        System.exit(2);
    }
}
