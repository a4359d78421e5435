package dev.redirectlint.rules;

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
}
