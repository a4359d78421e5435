package dev.redirectlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redirectlint.testing.RuleTester;
import org.junit.jupiter.api.Test;

/** Names resolve through imports the way javac resolves them; lookalikes are left alone. */
class NonGet302NameResolutionTest {

    private final RuleTester tester = RuleTester.forRule(NonGet302Rule.ID);

    @Test
    void fullyQualifiedNamesNeedNoImport() {
        tester.source("""
                @org.springframework.web.bind.annotation.RestController
                class C {
                    @org.springframework.web.bind.annotation.PostMapping("/a")
                    org.springframework.http.ResponseEntity<Void> a() {
                        return org.springframework.http.ResponseEntity.status(org.springframework.http.HttpStatus.FOUND).build(); // finding
                    }
                }
                """).check();
    }

    @Test
    void aTypeDeclaredInTheFileShadowsAWildcardImport() {
        tester.source("""
                import org.springframework.http.*;
                import org.springframework.web.bind.annotation.*;

                @RestController
                class C {
                    enum HttpStatus { FOUND }

                    @PostMapping("/a")
                    ResponseEntity<Void> a() {
                        return ResponseEntity.status(HttpStatus.FOUND).build();
                    }
                }
                """).check();
    }

    @Test
    void aSingleTypeImportShadowsAWildcardImport() {
        tester.source("""
                import com.acme.HttpStatus;
                import org.springframework.http.*;
                import org.springframework.web.bind.annotation.*;

                @RestController
                class C {
                    @PostMapping("/a")
                    ResponseEntity<Void> a() {
                        return ResponseEntity.status(HttpStatus.FOUND).build();
                    }
                }
                """).check();
    }

    @Test
    void aLocalVariableShadowsAStaticImport() {
        tester.source("""
                import static org.springframework.http.HttpStatus.FOUND;
                import org.springframework.http.HttpStatus;
                import org.springframework.http.ResponseEntity;
                import org.springframework.web.bind.annotation.*;

                @RestController
                class C {
                    @PostMapping("/a")
                    ResponseEntity<Void> a() {
                        HttpStatus FOUND = HttpStatus.SEE_OTHER;
                        return ResponseEntity.status(FOUND).build();
                    }
                }
                """).check();
    }

    @Test
    void customMetaAnnotationsDeclaredInTheFileCount() {
        tester.source("""
                import java.lang.annotation.*;
                import org.springframework.stereotype.Controller;
                import org.springframework.web.bind.annotation.PostMapping;

                @Retention(RetentionPolicy.RUNTIME)
                @Controller
                @interface WebController { }

                @Retention(RetentionPolicy.RUNTIME)
                @PostMapping
                @interface Submit { }

                @WebController
                class C {
                    @Submit
                    String a() { return "redirect:/x"; } // finding: accepts POST
                }
                """).check();
    }

    @Test
    void namesNestedHandlersWithTheirOuterClass() {
        var findings = tester.source("""
                package shop.web;

                import org.springframework.stereotype.Controller;
                import org.springframework.web.bind.annotation.PostMapping;

                class Outer {
                    @Controller
                    static class Inner {
                        @PostMapping("/a") String a() { return "redirect:/x"; } // finding: Outer.Inner#a
                    }
                }
                """).check();
        assertThat(findings.get(0).handler()).isEqualTo("Outer.Inner#a");
    }

    @Test
    void anonymousAndLocalClassesInsideAHandlerAreNotItsReturnValues() {
        tester.source("""
                import java.util.function.Supplier;
                import org.springframework.stereotype.Controller;
                import org.springframework.web.bind.annotation.PostMapping;

                @Controller
                class C {
                    @PostMapping("/a") String a() {
                        Supplier<String> later = () -> { return "redirect:/x"; };
                        Supplier<String> anonymous = new Supplier<>() {
                            public String get() { return "redirect:/y"; }
                        };
                        return "page";
                    }
                }
                """).check();
    }

    @Test
    void mappingsInheritFromSupertypesInTheSameFile() {
        tester.source("""
                import jakarta.ws.rs.POST;
                import jakarta.ws.rs.core.Response;
                import org.springframework.stereotype.Controller;
                import org.springframework.web.bind.annotation.PostMapping;

                interface OrderApi {
                    @PostMapping("/orders")
                    String create();
                }

                @Controller
                class OrderController implements OrderApi {
                    @Override
                    public String create() { return "redirect:/orders"; } // finding: accepts POST
                }

                interface Resource {
                    @POST
                    Response submit();
                }

                class ResourceImpl implements Resource {
                    public Response submit() { return Response.status(302).header("Location", "/x").build(); } // finding
                }
                """).check();
    }
}
