package dev.redirectlint.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.redirectlint.api.Finding;
import dev.redirectlint.api.RuleInfo;
import dev.redirectlint.checkstyle.RedirectLintCheck;
import dev.redirectlint.engine.LintConfig;
import dev.redirectlint.engine.RedirectLint;
import dev.redirectlint.engine.Rules;
import dev.redirectlint.frameworks.FrameworkHome;
import dev.redirectlint.java.KnownTypes;
import dev.redirectlint.java.StatusConstants;
import dev.redirectlint.model.Mechanism;
import dev.redirectlint.report.Fingerprints;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The catalogue checks itself, in the spirit of Checkstyle's {@code AllChecksTest}: every mechanism has
 * its messages and a test that asserts them, every message is used, every rule is documented, and the
 * fingerprint algorithm, which every user's baseline depends on, does not change unnoticed.
 */
class CatalogueTest {

    private static final ResourceBundle MESSAGES =
            ResourceBundle.getBundle("dev.redirectlint.rules.messages", Locale.ROOT);
    /** The statuses that fixes suggest: 303 and 307 for a 302, 308 (and 303) for a 301. */
    private static final Set<String> FIX_STATUSES = Set.of("303", "307", "308");
    private static final Path RULE_TESTS = Path.of("src/test/java/dev/redirectlint/rules");
    private static final Path README = Path.of("../README.md");

    /** The core's mechanisms and every home's. */
    private static List<Mechanism> mechanisms() {
        List<Mechanism> all = new ArrayList<>(Mechanism.CORE);
        FrameworkHome.installed().forEach(home -> all.addAll(home.mechanisms()));
        return all;
    }

    @Test
    void everyStatusOnlyMechanismSaysHowToSetTheLocation() {
        for (Mechanism mechanism : mechanisms()) {
            if (mechanism.setsStatusOnly()) {
                assertThat(MESSAGES.containsKey("location." + mechanism.name()) || mechanism.locationAdvice() != null)
                        .as("location.%s in messages.properties, or the home's advice", mechanism.name()).isTrue();
            }
        }
    }

    @Test
    void mechanismNamesAreUnique() {
        List<String> names = mechanisms().stream().map(Mechanism::name).toList();
        assertThat(names).doesNotHaveDuplicates();
    }

    @Test
    void everyMessageKeyIsUsed() {
        Set<String> unused = new TreeSet<>();
        for (String key : MESSAGES.keySet()) {
            boolean used = Rules.ids().contains(key)
                    || key.startsWith("fix.") && FIX_STATUSES.contains(key.substring("fix.".length()))
                    || key.startsWith("location.") && isStatusOnly(key.substring("location.".length()))
                    || key.equals(RedirectLintCheck.MSG_PARSE_ERROR) || key.equals(RedirectLintCheck.MSG_CONFIG_ERROR);
            if (!used) {
                unused.add(key);
            }
        }
        assertThat(unused).as("keys of messages.properties that nothing reads").isEmpty();
    }

    private static boolean isStatusOnly(String name) {
        return mechanisms().stream().anyMatch(m -> m.name().equals(name) && m.setsStatusOnly());
    }

    /** Each mechanism's description appears in an inline marker of a rule test: some test asserts its message. */
    @Test
    void everyMechanismHasARuleTestThatAssertsIt() throws IOException {
        List<String> markers = new ArrayList<>();
        try (Stream<Path> tests = Files.list(RULE_TESTS)) {
            for (Path test : tests.filter(path -> path.toString().endsWith("Test.java")).toList()) {
                for (String line : Files.readAllLines(test)) {
                    int marker = line.indexOf("// finding:");
                    if (marker >= 0) {
                        markers.add(line.substring(marker));
                    }
                }
            }
        }
        List<String> untested = new ArrayList<>();
        for (Mechanism mechanism : mechanisms()) {
            if (markers.stream().noneMatch(marker -> marker.contains(mechanism.description()))) {
                untested.add(mechanism.name() + " (\"" + mechanism.description() + "\")");
            }
        }
        assertThat(untested).as("mechanisms no inline finding marker names").isEmpty();
    }

    /** A home whose services line is missing would be compiled, tested by its own tests in isolation... and never run. */
    @Test
    void everyFrameworkHomeIsRegistered() {
        Set<String> declared = new TreeSet<>();
        new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.redirectlint.frameworks").stream()
                .filter(type -> type.isAssignableTo(FrameworkHome.class) && !type.isInterface())
                .forEach(type -> declared.add(type.getName()));
        Set<String> registered = new TreeSet<>();
        FrameworkHome.installed().forEach(home -> registered.add(home.getClass().getName()));
        assertThat(registered).as("META-INF/services/dev.redirectlint.java.FrameworkFacts").isEqualTo(declared);
        assertThat(declared).as("the homes").isNotEmpty();
    }

    /** Each home's types, constants and words reach the layers that need them. */
    @Test
    void whatAHomeKnowsReachesTheCore() {
        for (FrameworkHome home : FrameworkHome.installed()) {
            assertThat(home.handlerFrameworks()).as(home + " handlers").isNotEmpty();
            assertThat(home.redirectDetectors()).as(home + " redirects").isNotEmpty();
            home.apiTypes().forEach(type -> assertThat(KnownTypes.isKnown(type)).as(type).isTrue());
            home.statusConstants().forEach(owner -> assertThat(StatusConstants.owner(owner.fqn())).contains(owner));
            assertThat(home.words().markers()).as(home + " marker words").isNotEmpty();
        }
    }

    @Test
    void everyRuleIsDocumented() throws IOException {
        String readme = Files.readString(README);
        for (RuleInfo rule : Rules.infos()) {
            assertThat(rule.summary()).as(rule.id() + " summary").isNotBlank();
            assertThat(rule.description()).as(rule.id() + " description").isNotBlank();
            assertThat(readme).as("README has a section for " + rule.id()).contains("### `" + rule.id() + "`");
        }
    }

    /**
     * A change here would make every user's baseline and every code-scanning alert forget its findings: bump
     * {@link Fingerprints#VERSION} and say so in the release notes, then pin the new value.
     */
    @Test
    void theFingerprintOfAKnownFindingIsPinned() {
        Path base = Path.of("/repo").toAbsolutePath();
        List<Finding> findings = new RedirectLint(LintConfig.defaults()).lintSource(
                base.resolve("src/main/java/shop/OrderController.java"), """
                        package shop;

                        import org.springframework.stereotype.Controller;
                        import org.springframework.web.bind.annotation.PostMapping;

                        @Controller
                        class OrderController {
                            @PostMapping("/orders")
                            String create(String order) {
                                return "redirect:/orders";
                            }
                        }
                        """).findings();

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(Fingerprints.VERSION).isEqualTo("v1");
            assertThat(Fingerprints.of(finding, base)).isEqualTo("0167041d4cac855773c5d3dd75beb204");
        });
    }
}
