package dev.redirectlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redirectlint.api.Severity;
import dev.redirectlint.testing.RuleTester;
import org.junit.jupiter.api.Test;

class AnyMethod302RuleTest {

    private final RuleTester tester = RuleTester.forRule(AnyMethod302Rule.ID);

    @Test
    void flagsRequestMappingWithoutMethod() {
        var findings = tester.source("""
                import org.springframework.stereotype.Controller;
                import org.springframework.web.bind.annotation.*;

                @Controller
                @RequestMapping("/owners")
                class OwnerController {
                    @RequestMapping("/save")
                    String save() { return "redirect:/owners"; } // finding: OwnerController#save accepts every HTTP method and answers 302 Found

                    @RequestMapping(value = "/get", method = RequestMethod.GET)
                    String get() { return "redirect:/owners"; }

                    @PostMapping("/post")
                    String post() { return "redirect:/owners"; }
                }
                """).check();
        assertThat(findings).singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
    }

    @Test
    void flagsHttpExchangeWithoutMethod() {
        tester.source("""
                import org.springframework.stereotype.Controller;
                import org.springframework.web.service.annotation.HttpExchange;
                import org.springframework.web.service.annotation.PostExchange;

                @Controller
                class C {
                    @HttpExchange("/a")
                    String a() { return "redirect:/x"; } // finding

                    @PostExchange("/b")
                    String b() { return "redirect:/x"; }
                }
                """).check();
    }

    @Test
    void doesNotDoubleReportWhatNonGet302Reports() {
        RuleTester.forAllRules().source("""
                import org.springframework.stereotype.Controller;
                import org.springframework.web.bind.annotation.*;

                @Controller
                class C {
                    @RequestMapping("/a")
                    String a() { return "redirect:/x"; } // finding: every HTTP method

                    @PostMapping("/b")
                    String b() { return "redirect:/x"; } // finding: accepts POST
                }
                """).check();
    }

    @Test
    void flagsSpringInterceptorsThatRedirect() {
        tester.source("""
                import jakarta.servlet.http.HttpServletRequest;
                import jakarta.servlet.http.HttpServletResponse;
                import org.springframework.web.servlet.HandlerInterceptor;

                class LoginInterceptor implements HandlerInterceptor {
                    @Override
                    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                            throws Exception {
                        if (request.getSession().getAttribute("user") == null) {
                            response.sendRedirect("/login"); // finding: LoginInterceptor#preHandle accepts every HTTP method
                            return false;
                        }
                        return true;
                    }

                    public boolean preHandle(String request, HttpServletResponse response, Object handler) throws Exception {
                        response.sendRedirect("/not-an-interceptor-method");
                        return false;
                    }
                }
                """).check();
    }

    @Test
    void flagsWebRequestInterceptorsThatRedirect() {
        // Spring MVC runs a WebRequestInterceptor through WebRequestHandlerInterceptorAdapter, whose preHandle
        // passes new DispatcherServletWebRequest(request, response): a ServletWebRequest with the response.
        tester.source("""
                import jakarta.servlet.http.HttpServletResponse;
                import org.springframework.ui.ModelMap;
                import org.springframework.web.context.request.ServletWebRequest;
                import org.springframework.web.context.request.WebRequest;
                import org.springframework.web.context.request.WebRequestInterceptor;

                class SiteInterceptor implements WebRequestInterceptor {
                    @Override
                    public void preHandle(WebRequest request) throws Exception {
                        if (request instanceof ServletWebRequest servletRequest) {
                            HttpServletResponse response = servletRequest.getResponse();
                            response.sendRedirect("/site"); // finding: SiteInterceptor#preHandle accepts every HTTP method
                        }
                    }

                    @Override
                    public void postHandle(WebRequest request, ModelMap model) {}

                    @Override
                    public void afterCompletion(WebRequest request, Exception ex) {}

                    public void preHandle(String request, HttpServletResponse response) throws Exception {
                        response.sendRedirect("/not-an-interceptor-method");
                    }
                }
                """).check();
    }

    @Test
    void flagsWebRequestInterceptorsThatRedirectThroughAProcessor() {
        tester.source("""
                import jakarta.servlet.http.HttpServletResponse;
                import org.springframework.ui.ModelMap;
                import org.springframework.web.context.request.ServletWebRequest;
                import org.springframework.web.context.request.WebRequest;
                import org.springframework.web.context.request.WebRequestInterceptor;

                class RequestProcessor {
                    void process(WebRequest request) throws Exception {
                        HttpServletResponse response = ((ServletWebRequest) request).getResponse();
                        response.sendRedirect("/reprocess");
                    }
                }

                class ProcessingInterceptor implements WebRequestInterceptor {
                    private RequestProcessor processor;

                    @Override
                    public void preHandle(WebRequest request) throws Exception {
                        processor.process(request); // finding: ProcessingInterceptor#preHandle accepts every HTTP method
                    }

                    @Override
                    public void postHandle(WebRequest request, ModelMap model) {}

                    @Override
                    public void afterCompletion(WebRequest request, Exception ex) {}
                }
                """).check();
    }

    @Test
    void flagsHandlerExceptionResolversThatRedirect() {
        // DispatcherServlet asks every resolver about an exception of any handler and renders its ModelAndView.
        tester.source("""
                import jakarta.servlet.http.HttpServletRequest;
                import jakarta.servlet.http.HttpServletResponse;
                import org.springframework.http.HttpStatus;
                import org.springframework.web.servlet.HandlerExceptionResolver;
                import org.springframework.web.servlet.ModelAndView;
                import org.springframework.web.servlet.handler.SimpleMappingExceptionResolver;

                class NotFoundResolver extends SimpleMappingExceptionResolver {
                    @Override
                    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response,
                            Object handler, Exception ex) {
                        if (ex instanceof IllegalStateException) {
                            String path = request.getServletPath();
                            return new ModelAndView("redirect:" + path); // finding: NotFoundResolver#resolveException accepts every HTTP method
                        }
                        return super.resolveException(request, response, handler, ex);
                    }
                }

                class LoginResolver implements HandlerExceptionResolver {
                    @Override
                    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response,
                            Object handler, Exception ex) {
                        try {
                            response.sendRedirect("/login"); // finding: LoginResolver#resolveException accepts every HTTP method
                        } catch (java.io.IOException e) {
                            throw new IllegalStateException(e);
                        }
                        return new ModelAndView();
                    }
                }

                class TemplateResolver extends SimpleMappingExceptionResolver {
                    @Override
                    protected ModelAndView doResolveException(HttpServletRequest request, HttpServletResponse response,
                            Object handler, Exception ex) {
                        return new ModelAndView("redirect:/error"); // finding: TemplateResolver#doResolveException accepts every HTTP method
                    }
                }

                class SeeOtherResolver implements HandlerExceptionResolver {
                    @Override
                    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response,
                            Object handler, Exception ex) {
                        return new ModelAndView("redirect:/error", HttpStatus.SEE_OTHER);
                    }
                }

                class ErrorPageResolver implements HandlerExceptionResolver {
                    @Override
                    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response,
                            Object handler, Exception ex) {
                        return new ModelAndView("error");
                    }

                    public ModelAndView resolveException(String request, HttpServletResponse response, Object handler,
                            Exception ex) {
                        return new ModelAndView("redirect:/not-a-resolver-method");
                    }
                }
                """).check();
    }

    @Test
    void adviceForAnExceptionResolverDoesNotAnnotateIt() {
        // Spring calls a resolver as plain Java: @ResponseStatus on it, or on its class, sets nothing.
        var findings = tester.source("""
                import jakarta.servlet.http.HttpServletRequest;
                import jakarta.servlet.http.HttpServletResponse;
                import org.springframework.http.HttpStatus;
                import org.springframework.web.bind.annotation.ResponseStatus;
                import org.springframework.web.servlet.HandlerExceptionResolver;
                import org.springframework.web.servlet.ModelAndView;

                @ResponseStatus(HttpStatus.SEE_OTHER)
                class LoginResolver implements HandlerExceptionResolver {
                    @Override
                    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response,
                            Object handler, Exception ex) {
                        ModelAndView mav = new ModelAndView();
                        mav.setViewName("redirect:/login"); // finding: LoginResolver#resolveException accepts every HTTP method and answers 302 Found
                        return mav;
                    }
                }
                """).check();
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.message()).doesNotContain("annotate the handler");
            assertThat(f.fixes()).noneSatisfy(fix -> assertThat(fix.description()).contains("@ResponseStatus"));
        });
    }

    @Test
    void flagsJaxRsRequestFiltersThatAbortWithARedirect() {
        tester.source("""
                import jakarta.ws.rs.container.ContainerRequestContext;
                import jakarta.ws.rs.container.ContainerRequestFilter;
                import jakarta.ws.rs.core.Response;
                import java.net.URI;

                class LoginFilter implements ContainerRequestFilter {
                    @Override
                    public void filter(ContainerRequestContext context) {
                        if (context.getSecurityContext().getUserPrincipal() == null) {
                            context.abortWith(Response.status(Response.Status.FOUND) // finding: LoginFilter#filter accepts every HTTP method
                                    .location(URI.create("/login")).build());
                        }
                    }
                }

                class SeeOtherFilter implements ContainerRequestFilter {
                    @Override
                    public void filter(ContainerRequestContext context) {
                        context.abortWith(Response.seeOther(URI.create("/login")).build());
                    }
                }
                """).check();
    }

    @Test
    void flagsSparkAndJavalinBeforeFiltersThatRedirect() {
        tester.source("""
                import static spark.Spark.*;

                import spark.Filter;

                class App {
                    public static void main(String[] args) {
                        before("*", addTrailingSlashes);
                        before((request, response) -> {
                            if (request.session().attribute("user") == null) {
                                response.redirect("/login"); // finding: App#main filter accepts every HTTP method
                            }
                        });
                        post("/login", (request, response) -> "ok");
                    }

                    static Filter addTrailingSlashes = (request, response) -> {
                        if (!request.pathInfo().endsWith("/")) {
                            response.redirect(request.pathInfo() + "/"); // finding: App#addTrailingSlashes accepts every HTTP method
                        }
                    };
                }
                """).check();
        tester.source("""
                import io.javalin.Javalin;

                class App {
                    void routes(Javalin app) {
                        app.before("/admin/*", ctx -> ctx.redirect("/login")); // finding: App#routes filter "/admin/*" accepts every HTTP method
                    }
                }
                """).check();
    }

    @Test
    void flagsEntryPointsAndAccessDeniedHandlersThatSendRedirectThemselves() {
        tester.source("""
                import javax.servlet.http.HttpServletRequest;
                import javax.servlet.http.HttpServletResponse;
                import org.springframework.security.access.AccessDeniedException;
                import org.springframework.security.core.AuthenticationException;
                import org.springframework.security.web.AuthenticationEntryPoint;
                import org.springframework.security.web.access.AccessDeniedHandler;

                class ToLogin implements AuthenticationEntryPoint {
                    @Override
                    public void commence(HttpServletRequest request, HttpServletResponse response,
                            AuthenticationException exception) throws java.io.IOException {
                        response.sendRedirect(request.getContextPath() + "/login"); // finding: ToLogin#commence accepts every HTTP method
                    }
                }

                class Denied implements AccessDeniedHandler {
                    @Override
                    public void handle(HttpServletRequest request, HttpServletResponse response,
                            AccessDeniedException exception) throws java.io.IOException {
                        response.sendRedirect(request.getContextPath() + "/denied"); // finding: Denied#handle accepts every HTTP method
                    }
                }

                class SeeOther implements AccessDeniedHandler {
                    @Override
                    public void handle(HttpServletRequest request, HttpServletResponse response,
                            AccessDeniedException exception) {
                        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
                        response.setHeader("Location", "/denied");
                    }
                }

                class NotAnEntryPoint {
                    // another AccessDeniedException: not Spring Security's, so not a handler it calls
                    public void handle(HttpServletRequest request, HttpServletResponse response,
                            java.nio.file.AccessDeniedException exception) throws java.io.IOException {
                        response.sendRedirect("/denied");
                    }
                }
                """).check();
    }

    @Test
    void flagsSpringSecurityHandlersThatSendRedirectThemselves() {
        tester.source("""
                import jakarta.servlet.http.HttpServletRequest;
                import jakarta.servlet.http.HttpServletResponse;
                import org.springframework.security.core.Authentication;
                import org.springframework.security.core.AuthenticationException;
                import org.springframework.security.web.authentication.AuthenticationFailureHandler;
                import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
                import org.springframework.security.web.authentication.SimpleUrlAuthenticationSuccessHandler;

                class LoginSuccess implements AuthenticationSuccessHandler {
                    @Override
                    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                            Authentication authentication) throws java.io.IOException {
                        response.sendRedirect("/home"); // finding: LoginSuccess#onAuthenticationSuccess accepts every HTTP method
                    }
                }

                class LoginFailure implements AuthenticationFailureHandler {
                    @Override
                    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                            AuthenticationException exception) throws java.io.IOException {
                        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
                        response.setHeader("Location", "/login?error");
                    }
                }

                class ThroughTheStrategy extends SimpleUrlAuthenticationSuccessHandler {
                    @Override
                    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                            Authentication authentication) throws java.io.IOException {
                        getRedirectStrategy().sendRedirect(request, response, "/home");
                    }
                }
                """).check();
    }
}
