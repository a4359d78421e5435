package dev.redirectlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redirectlint.testing.RuleTester;
import org.junit.jupiter.api.Test;

/** {@code non-get-302} on servlets, and on servlet responses used from other handlers. */
class NonGet302ServletTest {

    private final RuleTester tester = RuleTester.forRule(NonGet302Rule.ID);

    @Test
    void flagsSendRedirectInDoPostPutDeleteButNotDoGet() {
        tester.source("""
                import jakarta.servlet.http.HttpServlet;
                import jakarta.servlet.http.HttpServletRequest;
                import jakarta.servlet.http.HttpServletResponse;
                import java.io.IOException;

                public class LoginServlet extends HttpServlet {
                    @Override
                    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
                        resp.sendRedirect("/home"); // finding: LoginServlet#doPost accepts POST but answers 302 Found through HttpServletResponse.sendRedirect
                    }

                    @Override
                    protected void doPut(HttpServletRequest req, HttpServletResponse resp) throws IOException {
                        resp.sendRedirect("/home", true); // finding: accepts PUT
                    }

                    @Override
                    protected void doDelete(HttpServletRequest req, HttpServletResponse resp) throws IOException {
                        resp.sendRedirect("/home", HttpServletResponse.SC_SEE_OTHER);
                    }

                    @Override
                    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
                        resp.sendRedirect("/login");
                    }
                }
                """).check();
    }

    @Test
    void flagsSetStatusWithEveryFormOf302() {
        tester.source("""
                import static javax.servlet.http.HttpServletResponse.SC_MOVED_TEMPORARILY;
                import java.net.HttpURLConnection;
                import javax.servlet.http.*;

                public class S extends HttpServlet {
                    private static final int REDIRECT = 302;

                    @Override
                    protected void doPost(HttpServletRequest req, HttpServletResponse resp) {
                        resp.setHeader("Location", "/x");
                        if (req.getParameter("a") != null) {
                            resp.setStatus(HttpServletResponse.SC_FOUND); // finding
                        } else if (req.getParameter("b") != null) {
                            resp.setStatus(SC_MOVED_TEMPORARILY); // finding
                        } else if (req.getParameter("c") != null) {
                            resp.setStatus(302); // finding
                        } else if (req.getParameter("d") != null) {
                            resp.setStatus(REDIRECT); // finding
                        } else if (req.getParameter("e") != null) {
                            resp.setStatus(HttpURLConnection.HTTP_MOVED_TEMP); // finding
                        } else {
                            resp.setStatus(HttpServletResponse.SC_SEE_OTHER);
                        }
                    }
                }
                """).check();
    }

    @Test
    void doPostThatDelegatesToDoGetAnswersWhatDoGetAnswers() {
        var findings = tester.source("""
                import javax.servlet.http.*;

                public class S extends HttpServlet {
                    @Override
                    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {
                        resp.sendRedirect("/list");
                    }

                    @Override
                    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {
                        doGet(req, resp); // finding: S#doPost accepts POST
                    }
                }
                """).check();
        org.assertj.core.api.Assertions.assertThat(findings.get(0).related()).hasSize(1);
    }

    @Test
    void followsPrivateHelpersAndSuperclassesInTheSameFile() {
        tester.source("""
                import jakarta.servlet.http.*;

                abstract class Base extends HttpServlet {
                }

                public class S extends Base {
                    @Override
                    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {
                        save(req);
                        back(resp); // finding
                    }

                    private void save(HttpServletRequest req) { }

                    private static void back(HttpServletResponse response) throws java.io.IOException {
                        response.sendRedirect("/back");
                    }
                }
                """).check();
    }

    @Test
    void recognisesServletsWhoseBaseClassLivesInAnotherFile() {
        tester.source("""
                import jakarta.servlet.http.*;

                public class S extends com.acme.BaseServlet {
                    @Override
                    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {
                        resp.sendRedirect("/x"); // finding
                    }
                }
                """).check();
    }

    @Test
    void flagsSendRedirectFromSpringHandlers() {
        tester.source("""
                import javax.servlet.http.HttpServletResponse;
                import org.springframework.stereotype.Controller;
                import org.springframework.web.bind.annotation.PostMapping;

                @Controller
                class C {
                    @PostMapping("/a")
                    void a(HttpServletResponse response) throws java.io.IOException {
                        response.sendRedirect("/x"); // finding
                    }
                }
                """).check();
    }

    @Test
    void ignoresLookalikeResponsesAndClientCode() {
        tester.source("""
                import java.net.HttpURLConnection;
                import jakarta.servlet.http.*;

                public class S extends HttpServlet {
                    interface Response { void sendRedirect(String url); void setStatus(int code); }

                    @Override
                    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {
                        Response other = null;
                        other.sendRedirect("/x");
                        other.setStatus(302);
                        HttpURLConnection connection = null;
                        if (connection.getResponseCode() == HttpURLConnection.HTTP_MOVED_TEMP) {
                            resp.setStatus(200);
                        }
                    }
                }

                class NotAServlet {
                    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {
                        resp.sendRedirect("/x");
                    }
                }
                """).check();
    }

    @Test
    void serviceOverrideIsAnyMethodNotNonGet() {
        tester.source("""
                import jakarta.servlet.http.*;

                public class S extends HttpServlet {
                    @Override
                    protected void service(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {
                        resp.sendRedirect("/x");
                    }
                }
                """).check();
        RuleTester.forRule(AnyMethod302Rule.ID).source("""
                import jakarta.servlet.http.*;

                public class S extends HttpServlet {
                    @Override
                    protected void service(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {
                        resp.sendRedirect("/x"); // finding: S#service accepts every HTTP method
                    }
                }
                """).check();
    }

    @Test
    void oneFindingPerCallWhenTheHelperRedirectsInSeveralPlaces() {
        var findings = tester.source("""
                import jakarta.servlet.http.*;

                public class S extends HttpServlet {
                    @Override
                    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {
                        process(req, resp);
                    }

                    @Override
                    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {
                        process(req, resp); // finding
                    }

                    private void process(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {
                        if (req.getPathInfo() == null) {
                            resp.sendRedirect(req.getRequestURI() + "/");
                            return;
                        }
                        var response = (HttpServletResponse) resp;
                        response.sendRedirect("/other");
                    }
                }
                """).check();
        org.assertj.core.api.Assertions.assertThat(findings.get(0).related()).hasSize(2);
        org.assertj.core.api.Assertions.assertThat(findings.get(0).fixes()).hasSize(2)
                .allSatisfy(fix -> org.assertj.core.api.Assertions.assertThat(fix.edits()).hasSize(2));
    }

    @Test
    void filtersAnswerEveryMethod() {
        RuleTester.forRule(AnyMethod302Rule.ID).source("""
                import jakarta.servlet.*;
                import jakarta.servlet.http.*;
                import org.springframework.web.filter.OncePerRequestFilter;

                public class LoginFilter implements Filter {
                    @Override
                    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                            throws java.io.IOException, ServletException {
                        if (((HttpServletRequest) request).getSession(false) == null) {
                            ((HttpServletResponse) response).sendRedirect("/login"); // finding: LoginFilter#doFilter accepts every HTTP method
                            return;
                        }
                        chain.doFilter(request, response);
                    }
                }

                class Canonical extends OncePerRequestFilter {
                    @Override
                    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                            throws java.io.IOException, ServletException {
                        response.setHeader("Location", "/x");
                        response.setStatus(HttpServletResponse.SC_MOVED_TEMPORARILY); // finding
                    }
                }
                """).check();
    }

    @Test
    void followsHelpersInheritedFromABaseServletInTheSameFile() {
        var findings = tester.source("""
                import jakarta.servlet.http.*;

                abstract class BaseServlet extends HttpServlet {
                    protected void done(HttpServletResponse response) throws java.io.IOException {
                        response.sendRedirect("/done");
                    }
                }

                class SaveServlet extends BaseServlet {
                    @Override
                    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {
                        done(resp); // finding: SaveServlet#doPost accepts POST but answers 302 Found through HttpServletResponse.sendRedirect;
                    }

                    @Override
                    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {
                        done(resp);
                    }
                }

                class OverridingServlet extends BaseServlet {
                    @Override
                    protected void done(HttpServletResponse response) { }

                    @Override
                    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {
                        super.done(resp); // finding: OverridingServlet#doPost accepts POST
                        done(resp);
                    }
                }
                """).check();
        assertThat(findings.get(0).related()).extracting(r -> r.region().startLine()).containsExactly(5);
        assertThat(findings.get(0).fixes()).isNotEmpty();
    }

    @Test
    void flagsAnonymousServletsOfEmbeddedServers() {
        tester.source("""
                import jakarta.servlet.http.*;

                class Server {
                    void start(ServletRegistry registry) {
                        registry.add("/orders", new HttpServlet() {
                            @Override
                            protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {
                                resp.sendRedirect("/orders"); // finding: Server#doPost accepts POST
                            }

                            @Override
                            protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {
                                resp.sendRedirect("/orders/");
                            }
                        });
                        registry.add("/other", new Object() {
                            void doPost(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {
                                resp.sendRedirect("/x");
                            }
                        });
                    }
                }
                """).check();
    }

    @Test
    void readsEachBranchOfAConditionalStatus() {
        tester.source("""
                import jakarta.servlet.http.*;

                class S extends HttpServlet {
                    @Override
                    protected void doPost(HttpServletRequest req, HttpServletResponse resp) {
                        boolean api = req.getHeader("Accept") != null;
                        resp.setStatus(api ? HttpServletResponse.SC_SEE_OTHER : HttpServletResponse.SC_FOUND); // finding: setStatus(api ? HttpServletResponse.SC_SEE_OTHER : HttpServletResponse.SC_FOUND)
                        resp.setHeader("Location", "/done");
                    }

                    @Override
                    protected void doPut(HttpServletRequest req, HttpServletResponse resp) {
                        resp.setStatus(req.getHeader("Accept") != null ? 303 : 307);
                        resp.setHeader("Location", "/done");
                    }
                }
                """).check();
    }
}
