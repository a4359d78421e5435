package dev.redirectlint.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redirectlint.api.Finding;
import dev.redirectlint.api.LintResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a handler inherits or refers to from other files of the project. */
class ProjectIndexTest {

    @TempDir
    Path dir;

    private final List<Path> files = new ArrayList<>();

    @Test
    void jaxRsAndSpringMappingsDeclaredOnInterfacesInOtherFiles() throws Exception {
        write("api/CredentialEndpoint.java", """
                package api;

                import jakarta.ws.rs.POST;
                import jakarta.ws.rs.Path;
                import jakarta.ws.rs.core.Response;

                @Path("/credentials")
                public interface CredentialEndpoint {
                    @POST
                    Response create(String body);
                }
                """);
        write("api/OrderApi.java", """
                package api;

                import org.springframework.web.bind.annotation.*;

                @RequestMapping("/orders")
                public interface OrderApi {
                    @PutMapping("/{id}")
                    String update(long id);
                }
                """);
        write("impl/CredentialController.java", """
                package impl;

                import api.CredentialEndpoint;
                import jakarta.ws.rs.core.Response;

                public class CredentialController implements CredentialEndpoint {
                    @Override
                    public Response create(String body) {
                        return Response.status(Response.Status.FOUND).header("Location", "/x").build();
                    }
                }
                """);
        write("api/OrderController.java", """
                package api;

                import org.springframework.stereotype.Controller;

                @Controller
                class OrderController implements OrderApi {
                    @Override
                    public String update(long id) {
                        return "redirect:/orders/" + id;
                    }
                }
                """);
        LintResult result = lint();
        assertThat(result.findings()).extracting(Finding::handler)
                .containsExactly("OrderController#update", "CredentialController#create");
        assertThat(result.findings()).allSatisfy(f -> assertThat(f.ruleId()).isEqualTo("non-get-302"));
    }

    @Test
    void servletBaseClassesInOtherFiles() throws Exception {
        write("web/BaseServlet.java", """
                package web;

                public abstract class BaseServlet extends jakarta.servlet.http.HttpServlet {
                }
                """);
        write("web/SaveServlet.java", """
                package web;

                import jakarta.servlet.http.HttpServletRequest;
                import jakarta.servlet.http.HttpServletResponse;

                public class SaveServlet extends BaseServlet {
                    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {
                        resp.sendRedirect("/saved");
                    }
                }
                """);
        assertThat(lint().findings()).extracting(Finding::handler).containsExactly("SaveServlet#doPost");
    }

    @Test
    void viewNameConstantsInOtherFiles() throws Exception {
        write("web/Views.java", """
                package web;

                public final class Views {
                    public static final String HOME = "redirect:/home";
                    public static final String FORM = "orders/form";
                    private Views() { }
                }
                """);
        write("web/OrderController.java", """
                package web;

                import static web.Views.HOME;
                import org.springframework.stereotype.Controller;
                import org.springframework.web.bind.annotation.PostMapping;

                @Controller
                class OrderController {
                    @PostMapping("/a") String a() { return Views.HOME; }
                    @PostMapping("/b") String b() { return HOME; }
                    @PostMapping("/c") String c() { return Views.FORM; }
                }
                """);
        LintResult result = lint();
        assertThat(result.findings()).extracting(f -> f.region().startLine()).containsExactly(9, 10);
        assertThat(result.findings()).allSatisfy(f -> assertThat(f.related()).singleElement()
                .satisfies(constant -> assertThat(constant.file().getFileName()).hasToString("Views.java")));
        // Analysed on its own, the file cannot know what Views.HOME holds.
        FileResult alone = new RedirectLint(LintConfig.defaults())
                .lintSource(files.get(1), Files.readString(files.get(1)));
        assertThat(alone.findings()).isEmpty();
    }

    @Test
    void helpersInheritedFromABaseControllerInAnotherFile() throws Exception {
        write("web/BaseController.java", """
                package web;

                import org.springframework.web.servlet.view.UrlBasedViewResolver;

                public abstract class BaseController {
                    protected String redirectTo(String path) {
                        return UrlBasedViewResolver.REDIRECT_URL_PREFIX + path;
                    }

                    protected String view(String name) {
                        return "pages/" + name;
                    }
                }
                """);
        write("web/OrderController.java", """
                package web;

                import org.springframework.stereotype.Controller;
                import org.springframework.web.bind.annotation.PostMapping;

                @Controller
                class OrderController extends BaseController {
                    @PostMapping("/a") String a() { return redirectTo("/orders"); }
                    @PostMapping("/b") String b() { return view("orders"); }
                    @PostMapping("/c") String c() { return this.redirectTo("/c"); }
                }
                """);
        LintResult result = lint();
        assertThat(result.findings()).extracting(f -> f.region().startLine()).containsExactly(8, 10);
        assertThat(result.findings()).allSatisfy(f -> {
            assertThat(f.related()).singleElement().satisfies(site -> {
                assertThat(site.file()).isEqualTo(files.get(0));
                assertThat(site.region().startLine()).isEqualTo(7);
            });
            assertThat(f.message()).contains("OrderController#");
        });
    }

    @Test
    void statusHelpersInheritedFromBaseClassesInAnotherFile() throws Exception {
        write("web/BaseServlet.java", """
                package web;

                import javax.servlet.http.HttpServlet;
                import javax.servlet.http.HttpServletResponse;

                public class BaseServlet extends HttpServlet {
                    protected void redirect(HttpServletResponse response, String url) throws java.io.IOException {
                        response.sendRedirect(url);
                    }

                    protected void seeOther(HttpServletResponse response, String url) {
                        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
                        response.setHeader("Location", url);
                    }

                    private void hidden(HttpServletResponse response) throws java.io.IOException {
                        response.sendRedirect("/private");
                    }
                }
                """);
        write("web/BaseController.java", """
                package web;

                import org.springframework.http.HttpStatus;
                import org.springframework.http.ResponseEntity;

                public abstract class BaseController {
                    protected ResponseEntity<Void> found(String url) {
                        return ResponseEntity.status(HttpStatus.FOUND).header("Location", url).build();
                    }
                }
                """);
        write("web/OrderServlet.java", """
                package web;

                import javax.servlet.http.HttpServletRequest;
                import javax.servlet.http.HttpServletResponse;

                public class OrderServlet extends BaseServlet {
                    @Override
                    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {
                        redirect(resp, "/orders");
                    }

                    @Override
                    protected void doPut(HttpServletRequest req, HttpServletResponse resp) {
                        seeOther(resp, "/orders");
                    }

                    @Override
                    protected void doDelete(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {
                        hidden(resp);
                    }

                    private void hidden(HttpServletResponse response) { }
                }
                """);
        write("web/OrderController.java", """
                package web;

                import org.springframework.http.ResponseEntity;
                import org.springframework.stereotype.Controller;
                import org.springframework.web.bind.annotation.PostMapping;

                @Controller
                class OrderController extends BaseController {
                    @PostMapping("/a") ResponseEntity<Void> a() { return found("/orders"); }
                }
                """);
        LintResult result = lint();
        assertThat(result.findings()).extracting(f -> f.handler() + ":" + f.region().startLine())
                .containsExactlyInAnyOrder("OrderServlet#doPost:9", "OrderController#a:9");
        assertThat(result.findings()).allSatisfy(f -> {
            assertThat(f.ruleId()).isEqualTo("non-get-302");
            assertThat(f.related()).singleElement().satisfies(site -> assertThat(site.file()).isNotEqualTo(f.file()));
            assertThat(f.fixes()).as("the edit is in the helper's file").isNotEmpty()
                    .allSatisfy(fix -> assertThat(fix.file()).isEqualTo(f.related().get(0).file()));
        });
        assertThat(result.findings()).extracting(Finding::message).anySatisfy(message -> assertThat(message)
                .contains("through HttpServletResponse.sendRedirect in BaseServlet#redirect")
                .contains("and setHeader(\"Location\", url) in BaseServlet#redirect"));
    }

    @Test
    void javalinRoutesThatNameHandlersInOtherFiles() throws Exception {
        write("app/App.java", """
                package app;

                import app.web.OrdersController;
                import io.javalin.Javalin;

                public class App {
                    public static void main(String[] args) {
                        var app = Javalin.create();
                        app.post("/orders", OrdersController::create);
                        app.patch("/orders/{id}", OrdersController::update);
                        app.post("/orders/{id}/edit", OrdersController::update);
                        app.get("/orders/{id}", OrdersController::show);
                    }
                }
                """);
        write("app/web/OrdersController.java", """
                package app.web;

                import io.javalin.http.Context;

                public class OrdersController {
                    public static void create(Context ctx) {
                        ctx.redirect("/orders");
                    }

                    public static void update(Context ctx) {
                        ctx.redirect("/orders");
                    }

                    public static void show(Context ctx) {
                        ctx.redirect("/orders/all");
                    }

                    public static void unrouted(Context ctx) {
                        ctx.redirect("/orders");
                    }
                }
                """);
        LintResult result = lint();
        assertThat(result.findings()).extracting(f -> f.handler() + ":" + f.region().startLine())
                .containsExactlyInAnyOrder("OrdersController#create:7", "OrdersController#update:11");
        assertThat(result.findings()).extracting(Finding::message)
                .anySatisfy(message -> assertThat(message).startsWith("OrdersController#update accepts POST, PATCH"));
    }

    @Test
    void sparkRoutesKeptInFieldsOfOtherFiles() throws Exception {
        write("app/Application.java", """
                package app;

                import static spark.Spark.*;

                import app.login.LoginController;

                public class Application {
                    public static void main(String[] args) {
                        get("/login", LoginController.serveLoginPage);
                        post("/login", LoginController.handleLoginPost);
                    }
                }
                """);
        write("app/login/LoginController.java", """
                package app.login;

                import spark.Request;
                import spark.Response;
                import spark.Route;

                public class LoginController {
                    public static Route serveLoginPage = (Request request, Response response) -> {
                        response.redirect("/index");
                        return null;
                    };

                    public static Route handleLoginPost = (Request request, Response response) -> {
                        response.redirect("/index");
                        return null;
                    };
                }
                """);
        assertThat(lint().findings()).extracting(f -> f.handler() + ":" + f.region().startLine())
                .containsExactly("LoginController#handleLoginPost:14");
    }

    @Test
    void handlersAndFieldsInheritedThroughAMiddleClassThatCarriesNoAnnotation() throws Exception {
        // The handler finders ask the lexical facts whether a mapping, an entry point's signature or a field
        // is anywhere up the hierarchy before parsing it: the middle classes must not hide what is above them.
        write("web/CrudBase.java", """
                package web;

                import org.springframework.web.bind.annotation.PostMapping;

                public abstract class CrudBase {
                    protected static final String DONE = "redirect:/done";

                    @PostMapping("/save")
                    public String save() {
                        return DONE;
                    }
                }
                """);
        write("web/AuditedBase.java", """
                package web;

                public abstract class AuditedBase extends CrudBase {
                    protected void audit() { }
                }
                """);
        write("web/OrderController.java", """
                package web;

                import org.springframework.stereotype.Controller;
                import org.springframework.web.bind.annotation.PutMapping;

                @Controller
                public class OrderController extends AuditedBase {
                }

                @Controller
                class InvoiceController extends AuditedBase {
                    @PutMapping("/invoice")
                    String update() {
                        return DONE;
                    }
                }
                """);
        write("web/GuardBase.java", """
                package web;

                import jakarta.servlet.FilterChain;
                import jakarta.servlet.ServletRequest;
                import jakarta.servlet.ServletResponse;
                import jakarta.servlet.http.HttpServletResponse;

                public abstract class GuardBase implements jakarta.servlet.Filter {
                    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
                            throws java.io.IOException {
                        ((HttpServletResponse) res).sendRedirect("/login");
                    }
                }
                """);
        write("web/LoginGuard.java", """
                package web;

                public class LoginGuard extends Middle {
                }

                abstract class Middle extends GuardBase {
                }
                """);
        assertThat(lint().findings()).extracting(Finding::handler).containsExactlyInAnyOrder(
                "CrudBase#save", "InvoiceController#update", "GuardBase#doFilter");
    }

    @Test
    void aJaxRsDesignatorDeclaredInTheBaseClassesFileMarksTheInheritedMethod() throws Exception {
        write("api/ResourceBase.java", """
                package api;

                import jakarta.ws.rs.HttpMethod;
                import jakarta.ws.rs.core.Response;
                import java.lang.annotation.Retention;
                import java.lang.annotation.RetentionPolicy;

                public abstract class ResourceBase {
                    @Retention(RetentionPolicy.RUNTIME)
                    @HttpMethod("PATCH")
                    @interface Amend { }

                    @Amend
                    public Response amend(String body) {
                        return Response.status(Response.Status.FOUND).header("Location", "/x").build();
                    }
                }
                """);
        write("api/NoteResource.java", """
                package api;

                @jakarta.ws.rs.Path("/notes")
                public class NoteResource extends ResourceBase {
                }
                """);
        assertThat(lint().findings()).extracting(f -> f.handler() + " " + f.ruleId())
                .containsExactly("ResourceBase#amend non-get-302");
    }

    private LintResult lint() {
        return new RedirectLint(LintConfig.builder().threads(2).build()).lintFiles(files);
    }

    private void write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        files.add(file);
    }
}
