import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/**
 * Writes N reproducible .java files that look like a layered Spring MVC web application, so the benchmark
 * can run on a large tree without downloading one.
 *
 * <pre>java bench/GenerateCorpus.java --files 50000 --seed 1 --out /tmp/corpus-50k</pre>
 *
 * Files are grouped into applications of 1,000 files (com.acme.appN), each made of 20 feature modules of 50
 * files: controllers, services, repositories, entities, DTOs, utilities and a few odds and ends. Each
 * application also has a base controller with a redirect helper and a static redirect utility. About one
 * controller in four that renders views has redirect code, which puts roughly 2.5% of all files in reach of
 * redirect-lint. File sizes run from 50 to 600 lines, most of them short, as in real code.
 *
 * The same --files and --seed always give the same bytes: file i draws from its own random generator
 * seeded from (seed, i), so the files can be written in parallel.
 */
public class GenerateCorpus {

    static final int APP_SIZE = 1000;
    static final int MODULE_SIZE = 50;

    static final String[] NOUNS = {"order", "customer", "invoice", "product", "cart", "payment", "shipment",
            "account", "catalog", "review", "coupon", "inventory", "supplier", "warehouse", "ticket", "booking",
            "subscription", "notification", "report", "employee", "contract", "delivery", "refund", "voucher"};
    static final String[] CONTROLLERS = {"Controller", "AdminController", "ApiController", "FormController",
            "SearchController", "ExportController"};
    static final String[] SERVICES = {"Service", "QueryService", "CommandService", "ValidationService",
            "PricingService", "NotificationService", "ImportService", "ReportService", "SchedulingService",
            "AuditService"};
    static final String[] REPOSITORIES = {"Repository", "JdbcRepository", "SearchRepository", "ArchiveRepository",
            "StatsRepository", "EventRepository"};
    static final String[] ENTITIES = {"", "Line", "Item", "Note", "Attachment", "History", "Tag", "Address",
            "Contact", "Snapshot"};
    static final String[] DTOS = {"Dto", "Form", "SearchCriteria", "Summary", "Request", "Response", "View"};
    static final String[] UTILS = {"Utils", "Formatter", "Parser", "Calculator", "Validator", "Converter"};
    static final String[] MISC = {"Config", "NotFoundException", "Event", "Mapper", "Status"};
    static final String[] VERBS = {"create", "update", "archive", "approve", "cancel", "publish", "assign",
            "close", "reopen", "duplicate", "confirm", "reject", "restore", "merge", "split", "transfer"};
    static final String[] WORDS = {"name", "status", "total", "amount", "label", "code", "region", "channel",
            "priority", "owner", "reference", "currency", "quantity", "score", "limit", "source"};

    /** Imports that the filler methods use; every class gets them, as IDE-managed imports tend to look. */
    static final String[] FILLER_IMPORTS = {"java.math.BigDecimal", "java.math.RoundingMode", "java.util.Collection",
            "java.util.HashMap", "java.util.List", "java.util.Locale", "java.util.Map", "java.util.Objects",
            "java.util.Optional", "java.util.stream.Collectors"};

    public static void main(String[] args) throws IOException {
        try {
            run(args);
        } catch (IllegalArgumentException e) {
            System.err.println("GenerateCorpus: " + e.getMessage());
            System.exit(2);
        }
    }

    static void run(String[] args) throws IOException {
        int files = 2000;
        long seed = 1;
        Path out = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--files" -> files = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "; usage: --files N --seed S --out DIR");
            }
        }
        if (out == null) {
            throw new IllegalArgumentException("usage: --files N --seed S --out DIR");
        }
        // Refuse to mix two corpora in one directory: the file count would no longer mean anything.
        if (Files.isDirectory(out)) {
            try (var entries = Files.list(out)) {
                if (entries.findAny().isPresent()) {
                    throw new IllegalArgumentException(out + " is not empty");
                }
            }
        }
        long start = System.nanoTime();
        AtomicLong lines = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        AtomicLong redirectFiles = new AtomicLong();
        long s = seed;
        Path dir = out;
        IntStream.range(0, files).parallel().forEach(i -> {
            Unit unit = generate(s, i);
            try {
                Path file = dir.resolve(unit.pkg.replace('.', '/')).resolve(unit.name + ".java");
                Files.createDirectories(file.getParent());
                String text = unit.src.toString();
                Files.writeString(file, text);
                lines.addAndGet(unit.src.lines);
                bytes.addAndGet(text.length());
                if (text.contains("redirect")) {
                    redirectFiles.incrementAndGet();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        System.out.printf("%d files, %d lines, %.1f MiB, %d files (%.1f%%) with redirect code, in %.1f s, in %s%n",
                files, lines.get(), bytes.get() / 1048576.0, redirectFiles.get(),
                100.0 * redirectFiles.get() / Math.max(1, files), (System.nanoTime() - start) / 1e9, out);
    }

    record Unit(String pkg, String name, Src src) {
    }

    /** File i: its application, module and slot in the module decide what kind of class it is. */
    static Unit generate(long seed, int i) {
        SplittableRandom rnd = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i);
        int app = i / APP_SIZE;
        int module = i % APP_SIZE / MODULE_SIZE;
        int slot = i % MODULE_SIZE;
        String base = "com.acme.app" + app;
        String noun = NOUNS[(module + app * 7) % NOUNS.length];
        String type = cap(noun);
        // Most classes are short, a few are long: 50 + 550 * u^2.6 lines, about 200 on average.
        int target = 50 + (int) (550 * Math.pow(rnd.nextDouble(), 2.6));
        Gen g = new Gen(rnd, base, noun, type, target);
        if (i % APP_SIZE == 0) {
            return new Unit(base + ".web.support", "BaseController", g.baseController());
        }
        if (i % APP_SIZE == 1) {
            return new Unit(base + ".web.support", "Redirects", g.redirects());
        }
        String pkg = base + "." + noun;
        if (slot < 6) {
            return new Unit(pkg + ".web", type + CONTROLLERS[slot], g.controller(CONTROLLERS[slot]));
        } else if (slot < 16) {
            return new Unit(pkg + ".service", type + SERVICES[slot - 6], g.service(SERVICES[slot - 6]));
        } else if (slot < 22) {
            return new Unit(pkg + ".repository", type + REPOSITORIES[slot - 16], g.repository(REPOSITORIES[slot - 16]));
        } else if (slot < 32) {
            return new Unit(pkg + ".domain", type + ENTITIES[slot - 22], g.entity(type + ENTITIES[slot - 22]));
        } else if (slot < 39) {
            return new Unit(pkg + ".dto", type + DTOS[slot - 32], g.dto(DTOS[slot - 32]));
        } else if (slot < 45) {
            return new Unit(pkg + ".util", type + UTILS[slot - 39], g.util(UTILS[slot - 39]));
        }
        String misc = MISC[slot - 45];
        String miscPkg = pkg + (misc.equals("Config") ? ".config" : misc.equals("Mapper") ? ".web" : ".domain");
        return new Unit(miscPkg, type + misc, g.misc(misc));
    }

    static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** A source file under construction; counts its lines so classes can be padded to a target size. */
    static final class Src {
        final StringBuilder sb = new StringBuilder(16384);
        int lines;

        Src line(String text) {
            sb.append(text).append('\n');
            lines++;
            return this;
        }

        /** Appends a multi-line template, replacing each placeholder key with its value. */
        Src block(String template, String... keysAndValues) {
            for (int k = 0; k < keysAndValues.length; k += 2) {
                template = template.replace(keysAndValues[k], keysAndValues[k + 1]);
            }
            template.lines().forEach(this::line);
            return this;
        }

        @Override
        public String toString() {
            return sb.toString();
        }
    }

    /** Generates one class of each kind for a module, from the file's own random generator. */
    static final class Gen {
        final SplittableRandom rnd;
        final String base;
        final String noun;
        final String type;
        final int target;
        final Src src = new Src();
        int methodCount;

        Gen(SplittableRandom rnd, String base, String noun, String type, int target) {
            this.rnd = rnd;
            this.base = base;
            this.noun = noun;
            this.type = type;
            this.target = target;
        }

        String pick(String[] values) {
            return values[rnd.nextInt(values.length)];
        }

        void header(String pkg, String... imports) {
            header(pkg, List.of(imports));
        }

        void header(String pkg, List<String> imports) {
            src.line("package " + pkg + ";").line("");
            List<String> all = new ArrayList<>(List.of(FILLER_IMPORTS));
            all.addAll(imports);
            all.stream().sorted().forEach(imp -> src.line("import " + imp + ";"));
            src.line("");
        }

        void javadoc(String text) {
            src.line("/**").line(" * " + text).line(" */");
        }

        /** Pads the class with helper methods up to the target size, then closes it. */
        void finish(boolean statics) {
            while (src.lines < target - 2) {
                filler(statics);
            }
            src.line("}");
        }

        Src baseController() {
            header(base + ".web.support", "org.springframework.ui.Model");
            javadoc("Common behaviour of the application's MVC controllers.");
            src.block("""
                    public abstract class BaseController {

                        protected static final String HOME = "/";

                        /** Sends the browser to another page of the application. */
                        protected String redirectTo(String path) {
                            return "redirect:" + path;
                        }

                        protected String redirectHome() {
                            return redirectTo(HOME);
                        }

                        protected void addFlash(Model model, String message) {
                            model.addAttribute("flash", message);
                        }
                    """);
            finish(false);
            return src;
        }

        Src redirects() {
            header(base + ".web.support");
            javadoc("Builds Spring MVC redirect view names.");
            src.block("""
                    public final class Redirects {

                        private Redirects() {
                        }

                        public static String to(String path) {
                            return "redirect:" + path;
                        }

                        public static String to(String path, Object id) {
                            return "redirect:" + path + "/" + id;
                        }

                        public static String back(String referer) {
                            return referer == null ? "redirect:/" : "redirect:" + referer;
                        }
                    """);
            finish(true);
            return src;
        }

        Src controller(String suffix) {
            String pkg = base + "." + noun + ".web";
            String name = type + suffix;
            boolean rest = suffix.equals("ApiController");
            // About one view controller in four redirects somewhere, in one of several styles.
            boolean redirecting = !rest && rnd.nextInt(100) < 24;
            boolean useBase = redirecting && rnd.nextBoolean();
            String path = "/" + noun + "s" + (suffix.equals("Controller") ? "" : "/" + suffix.replace("Controller", "")
                    .toLowerCase());
            List<String> imports = new ArrayList<>(List.of("org.springframework.http.HttpStatus",
                    "org.springframework.http.ResponseEntity",
                    "org.springframework.stereotype.Controller", "org.springframework.ui.Model",
                    "org.springframework.validation.BindingResult",
                    "org.springframework.web.bind.annotation.DeleteMapping",
                    "org.springframework.web.bind.annotation.GetMapping",
                    "org.springframework.web.bind.annotation.ModelAttribute",
                    "org.springframework.web.bind.annotation.PathVariable",
                    "org.springframework.web.bind.annotation.PostMapping",
                    "org.springframework.web.bind.annotation.RequestBody",
                    "org.springframework.web.bind.annotation.RequestMapping",
                    "org.springframework.web.bind.annotation.RequestParam",
                    "org.springframework.web.bind.annotation.ResponseStatus",
                    "org.springframework.web.bind.annotation.RestController",
                    base + "." + noun + ".dto." + type + "Dto", base + "." + noun + ".dto." + type + "Form",
                    base + "." + noun + ".service." + type + "Service"));
            if (redirecting) {
                imports.addAll(List.of(base + ".web.support.BaseController", base + ".web.support.Redirects"));
            }
            header(pkg, imports);
            javadoc("Web endpoints for " + noun + "s" + (rest ? " (JSON API)." : "."));
            src.line(rest ? "@RestController" : "@Controller");
            src.line("@RequestMapping(\"" + path + "\")");
            src.line("public class " + name + (useBase ? " extends BaseController" : "") + " {").line("");
            src.block("""
                        private final TypeService service;

                        public NAME(TypeService service) {
                            this.service = service;
                        }

                    """, "NAME", name, "Type", type);
            if (rest) {
                src.block("""
                            @GetMapping
                            public List<TypeDto> list(@RequestParam(defaultValue = "0") int page) {
                                return service.findPage(page, 50);
                            }

                            @PostMapping
                            public ResponseEntity<TypeDto> create(@RequestBody TypeForm form) {
                                TypeDto created = service.create(form);
                                return ResponseEntity.status(HttpStatus.CREATED).body(created);
                            }

                            @DeleteMapping("/{id}")
                            public ResponseEntity<Void> delete(@PathVariable long id) {
                                service.delete(id);
                                return ResponseEntity.noContent().build();
                            }

                        """, "Type", type);
            } else {
                src.block("""
                            @GetMapping
                            public String list(@RequestParam(defaultValue = "0") int page, Model model) {
                                model.addAttribute("items", service.findPage(page, 20));
                                model.addAttribute("page", page);
                                return "NOUN/list";
                            }

                            @GetMapping("/{id}")
                            public String show(@PathVariable long id, Model model) {
                                model.addAttribute("item", service.findById(id));
                                return "NOUN/show";
                            }

                        """, "NOUN", noun);
                int handlers = 1 + rnd.nextInt(3);
                for (int h = 0; h < handlers; h++) {
                    handler(path, redirecting, useBase);
                }
            }
            finish(false);
            return src;
        }

        /** A form handler; in a redirecting controller it ends with a redirect in one of several styles. */
        void handler(String path, boolean redirecting, boolean useBase) {
            String verb = VERBS[rnd.nextInt(VERBS.length)] + (methodCount++ == 0 ? "" : String.valueOf(methodCount));
            String mapping = "@PostMapping(\"/{id}/" + verb + "\")";
            String result = "\"" + noun + "/edit\"";
            if (redirecting) {
                int style = rnd.nextInt(100);
                if (style < 35) {
                    result = "\"redirect:" + path + "/\" + id";
                } else if (style < 55) {
                    result = useBase ? "redirectTo(\"" + path + "/\" + id)" : "\"redirect:" + path + "\"";
                } else if (style < 70) {
                    result = "Redirects.to(\"" + path + "\", id)";
                } else if (style < 80) {
                    mapping = "@GetMapping(\"/{id}/" + verb + "\")";
                    result = "\"redirect:" + path + "/\" + id";
                } else if (style < 90) {
                    mapping = "@RequestMapping(\"/{id}/" + verb + "\")";
                    result = "\"redirect:" + path + "\"";
                } else {
                    mapping = "@PostMapping(\"/{id}/" + verb + "\")\n    @ResponseStatus(HttpStatus.SEE_OTHER)";
                    result = "\"redirect:" + path + "\"";
                }
            }
            src.block("""
                        MAPPING
                        public String VERB(@PathVariable long id, @ModelAttribute("form") TypeForm form,
                                BindingResult binding, Model model) {
                            if (binding.hasErrors()) {
                                model.addAttribute("form", form);
                                return "NOUN/edit";
                            }
                            service.VERB(id, form);
                            return RESULT;
                        }

                    """, "MAPPING", mapping, "VERB", verb, "Type", type, "NOUN", noun, "RESULT", result);
        }

        Src service(String suffix) {
            String name = type + suffix;
            header(base + "." + noun + ".service", "org.springframework.stereotype.Service",
                    "org.springframework.transaction.annotation.Transactional",
                    base + "." + noun + ".domain." + type, base + "." + noun + ".repository." + type + "Repository");
            javadoc(cap(suffix.replace("Service", " operations").trim()) + " on " + noun + "s.");
            src.line("@Service").line("@Transactional(readOnly = true)").line("public class " + name + " {").line("");
            src.block("""
                        private final TypeRepository repository;

                        public NAME(TypeRepository repository) {
                            this.repository = repository;
                        }

                        public Type findById(long id) {
                            return repository.findById(id)
                                    .orElseThrow(() -> new IllegalArgumentException("No NOUN " + id));
                        }

                    """, "NAME", name, "Type", type, "NOUN", noun);
            int ops = 1 + rnd.nextInt(3);
            for (int k = 0; k < ops; k++) {
                String verb = VERBS[rnd.nextInt(VERBS.length)] + (k == 0 ? "" : String.valueOf(k));
                src.block("""
                            @Transactional
                            public void VERB(long id, String WORD) {
                                Type entity = findById(id);
                                entity.setWORDCAP(WORD);
                                repository.save(entity);
                            }

                        """, "VERB", verb, "Type", type, "WORDCAP", cap(WORDS[k]), "WORD", WORDS[k]);
            }
            finish(false);
            return src;
        }

        Src repository(String suffix) {
            String name = type + suffix;
            String pkg = base + "." + noun + ".repository";
            if (suffix.equals("Repository") || rnd.nextBoolean()) {
                header(pkg, "java.time.Instant", "org.springframework.data.jpa.repository.JpaRepository",
                        base + "." + noun + ".domain." + type);
                javadoc("Persistence of " + noun + "s.");
                src.line("public interface " + name + " extends JpaRepository<" + type + ", Long> {").line("");
                // Spring Data interfaces stay short: a few dozen lines of derived queries at most.
                int size = Math.min(target, 60 + rnd.nextInt(60));
                for (int k = 0; src.lines < size - 3; k++) {
                    String a = WORDS[rnd.nextInt(WORDS.length)];
                    String b = WORDS[rnd.nextInt(WORDS.length)];
                    src.line("    List<" + type + "> findBy" + cap(a) + "And" + cap(b) + "OrderByIdDesc" + k
                            + "(String " + a + ", String " + b + "Value);").line("");
                    if (rnd.nextInt(3) == 0) {
                        src.line("    long countBy" + cap(a) + k + "(String " + a + ");").line("");
                    }
                }
                src.line("}");
                return src;
            }
            header(pkg, "org.springframework.jdbc.core.JdbcTemplate", "org.springframework.stereotype.Repository");
            javadoc("Hand-written SQL for " + noun + "s.");
            src.line("@Repository").line("public class " + name + " {").line("");
            src.block("""
                        private final JdbcTemplate jdbc;

                        public NAME(JdbcTemplate jdbc) {
                            this.jdbc = jdbc;
                        }

                        public int countByStatus(String status) {
                            Integer count = jdbc.queryForObject(
                                    "select count(*) from NOUN where status = ?", Integer.class, status);
                            return count == null ? 0 : count;
                        }

                    """, "NAME", name, "NOUN", noun);
            finish(false);
            return src;
        }

        Src entity(String name) {
            header(base + "." + noun + ".domain", "jakarta.persistence.Entity", "jakarta.persistence.GeneratedValue",
                    "jakarta.persistence.Id", "jakarta.persistence.Table", "java.time.Instant");
            javadoc("A " + noun + " as stored in the database.");
            src.line("@Entity").line("@Table(name = \"" + name.toLowerCase() + "\")")
                    .line("public class " + name + " {").line("");
            src.line("    @Id").line("    @GeneratedValue").line("    private Long id;").line("");
            List<String> fields = new ArrayList<>();
            int count = Math.min(WORDS.length, 3 + (target - 40) / 12);
            for (int k = 0; k < count; k++) {
                fields.add(WORDS[k]);
                src.line("    private String " + WORDS[k] + ";");
            }
            src.line("    private Instant createdAt;").line("");
            src.block("""
                        public Long getId() {
                            return id;
                        }

                    """);
            for (String f : fields) {
                src.block("""
                            public String getCAP() {
                                return FIELD;
                            }

                            public void setCAP(String FIELD) {
                                this.FIELD = FIELD;
                            }

                        """, "CAP", cap(f), "FIELD", f);
            }
            src.block("""
                        @Override
                        public boolean equals(Object other) {
                            return other instanceof NAME that && id != null && id.equals(that.id);
                        }

                        @Override
                        public int hashCode() {
                            return NAME.class.hashCode();
                        }

                    """, "NAME", name);
            finish(false);
            return src;
        }

        Src dto(String suffix) {
            String name = type + suffix;
            header(base + "." + noun + ".dto", "jakarta.validation.constraints.NotBlank",
                    "jakarta.validation.constraints.Size");
            javadoc("What the web layer exchanges about a " + noun + ".");
            if (!suffix.equals("Form") && rnd.nextInt(3) == 0) {
                src.line("public record " + name + "(long id, String name, String status, BigDecimal amount) {")
                        .line("");
                src.block("""
                            public NAME {
                                Objects.requireNonNull(name, "name");
                            }

                        """, "NAME", name);
                finish(false);
                return src;
            }
            src.line("public class " + name + " {").line("");
            for (int k = 0; k < 4; k++) {
                if (suffix.equals("Form")) {
                    src.line("    @NotBlank").line("    @Size(max = " + (20 + 10 * rnd.nextInt(20)) + ")");
                }
                src.line("    private String " + WORDS[k] + ";").line("");
            }
            for (int k = 0; k < 4; k++) {
                src.block("""
                            public String getCAP() {
                                return FIELD;
                            }

                            public void setCAP(String FIELD) {
                                this.FIELD = FIELD;
                            }

                        """, "CAP", cap(WORDS[k]), "FIELD", WORDS[k]);
            }
            finish(false);
            return src;
        }

        Src util(String suffix) {
            header(base + "." + noun + ".util");
            javadoc("Static helpers for " + noun + " values.");
            src.line("public final class " + type + suffix + " {").line("");
            src.line("    private " + type + suffix + "() {").line("    }").line("");
            finish(true);
            return src;
        }

        Src misc(String kind) {
            String name = type + kind;
            switch (kind) {
                case "Config" -> {
                    header(base + "." + noun + ".config", "java.time.Clock",
                            "org.springframework.context.annotation.Bean",
                            "org.springframework.context.annotation.Configuration");
                    javadoc("Beans of the " + noun + " module.");
                    src.block("""
                            @Configuration
                            public class NAME {

                                @Bean
                                public Clock NOUNClock() {
                                    return Clock.systemUTC();
                                }

                            """, "NAME", name, "NOUN", noun);
                }
                case "NotFoundException" -> {
                    header(base + "." + noun + ".domain");
                    javadoc("Thrown when a " + noun + " does not exist.");
                    src.block("""
                            public class NAME extends RuntimeException {

                                private static final long serialVersionUID = 1L;

                                public NAME(long id) {
                                    super("NOUN " + id + " not found");
                                }

                            """, "NAME", name, "NOUN", noun);
                }
                case "Status" -> {
                    header(base + "." + noun + ".domain");
                    javadoc("Life cycle of a " + noun + ".");
                    src.line("public enum " + name + " {").line("    DRAFT, ACTIVE, SUSPENDED, CLOSED;").line("");
                }
                default -> {
                    header(base + "." + noun + (kind.equals("Mapper") ? ".web" : ".domain"), "java.time.Instant");
                    javadoc(kind.equals("Mapper") ? "Converts " + noun + "s between layers." : "Published when a "
                            + noun + " changes.");
                    src.line("public class " + name + " {").line("");
                    src.line("    private final Instant createdAt = Instant.now();").line("");
                }
            }
            finish(false);
            return src;
        }

        /** One helper method with a realistic body, chosen from a few common shapes. */
        void filler(boolean statics) {
            String[] modifiers = statics ? new String[] {"public static ", "static "}
                    : new String[] {"private ", "public ", "", "protected "};
            String word = pick(WORDS);
            String m = pick(new String[] {"compute", "normalize", "collect", "describe", "parse", "count", "find",
                    "check", "resolve", "format"}) + cap(word) + (++methodCount);
            String k = String.valueOf(2 + rnd.nextInt(40));
            if (rnd.nextInt(3) == 0) {
                src.line("    /**").line("     * Helper for " + word + " values; see " + type + ".").line("     */");
            }
            String template = switch (rnd.nextInt(10)) {
                case 0 -> """
                        $MODint $M(List<String> values, int limit) {
                            int total = 0;
                            for (String value : values) {
                                if (value == null || value.isBlank()) {
                                    continue;
                                }
                                total += value.length() % (limit + $K);
                            }
                            return total;
                        }
                        """;
                case 1 -> """
                        $MODString $M(List<String> parts) {
                            StringBuilder sb = new StringBuilder();
                            for (int i = 0; i < parts.size(); i++) {
                                if (i > 0) {
                                    sb.append(", ");
                                }
                                sb.append(parts.get(i).trim());
                            }
                            return sb.toString();
                        }
                        """;
                case 2 -> """
                        $MODList<String> $M(Collection<String> input) {
                            return input.stream()
                                    .filter(Objects::nonNull)
                                    .map(String::trim)
                                    .filter(s -> s.length() > $K)
                                    .sorted()
                                    .collect(Collectors.toList());
                        }
                        """;
                case 3 -> """
                        $MODString $M(int code) {
                            switch (code % $K) {
                                case 0:
                                    return "$W-pending";
                                case 1:
                                    return "$W-active";
                                default:
                                    return "$W-unknown";
                            }
                        }
                        """;
                case 4 -> """
                        $MODlong $M(String raw, long fallback) {
                            if (raw == null) {
                                return fallback;
                            }
                            try {
                                return Long.parseLong(raw.trim()) * $K;
                            } catch (NumberFormatException e) {
                                return fallback;
                            }
                        }
                        """;
                case 5 -> """
                        $MODMap<String, Integer> $M(List<String> keys) {
                            Map<String, Integer> counts = new HashMap<>();
                            for (String key : keys) {
                                counts.merge(key.toLowerCase(Locale.ROOT), 1, Integer::sum);
                            }
                            counts.entrySet().removeIf(e -> e.getValue() < $K);
                            return counts;
                        }
                        """;
                case 6 -> """
                        $MODvoid $M(String value) {
                            if (value == null) {
                                throw new IllegalArgumentException("$W must not be null");
                            }
                            if (value.length() > $K * 10) {
                                throw new IllegalArgumentException("$W is too long: " + value.length());
                            }
                        }
                        """;
                case 7 -> """
                        $MODOptional<String> $M(Map<String, String> attributes, String key) {
                            return Optional.ofNullable(attributes.get(key))
                                    .map(String::strip)
                                    .filter(v -> !v.isEmpty() && v.length() < $K * 8);
                        }
                        """;
                case 8 -> """
                        $MODBigDecimal $M(BigDecimal amount, int quantity) {
                            BigDecimal subtotal = amount.multiply(BigDecimal.valueOf(quantity));
                            if (subtotal.compareTo(BigDecimal.valueOf($K * 100L)) > 0) {
                                subtotal = subtotal.multiply(new BigDecimal("0.95"));
                            }
                            return subtotal.setScale(2, RoundingMode.HALF_UP);
                        }
                        """;
                default -> """
                        $MODint $M(int[] values, int target) {
                            int low = 0;
                            int high = values.length - 1;
                            while (low <= high) {
                                int mid = (low + high) >>> 1;
                                if (values[mid] < target - $K) {
                                    low = mid + 1;
                                } else if (values[mid] > target - $K) {
                                    high = mid - 1;
                                } else {
                                    return mid;
                                }
                            }
                            return -(low + 1);
                        }
                        """;
            };
            // Templates are written at column 0; indent them as class members.
            src.block(template.indent(4), "$MOD", pick(modifiers), "$M(", m + "(", "$K", k, "$W", word);
            src.line("");
        }
    }
}
