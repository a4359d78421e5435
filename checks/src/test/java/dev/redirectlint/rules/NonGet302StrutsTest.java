package dev.redirectlint.rules;

import dev.redirectlint.testing.RuleTester;
import org.junit.jupiter.api.Test;

/** Struts 2 actions whose outcome is a redirect result: 302 unless the result sets another statusCode. */
class NonGet302StrutsTest {

    @Test
    void flagsPostActionsWhoseOutcomeIsARedirectResult() {
        RuleTester.forRule(NonGet302Rule.ID).source("""
                import com.opensymphony.xwork2.ActionSupport;
                import org.apache.struts2.convention.annotation.Action;
                import org.apache.struts2.convention.annotation.Result;
                import org.apache.struts2.interceptor.httpmethod.HttpGet;
                import org.apache.struts2.interceptor.httpmethod.HttpPost;

                public class OrderAction extends ActionSupport {
                    @HttpPost
                    @Action(value = "save-order", results = {
                            @Result(name = "success", location = "orders", type = "redirectAction"),
                            @Result(name = "input", location = "/order-form.jsp")})
                    public String save() {
                        if (invalid()) {
                            return INPUT;
                        }
                        return SUCCESS; // finding: OrderAction#save accepts POST but answers 302 Found through a Struts redirect result "success"
                    }

                    @HttpPost
                    @Action(value = "cancel-order", results = @Result(name = "cancelled", location = "/orders", type = "redirect",
                            params = {"statusCode", "303"}))
                    public String cancel() {
                        return "cancelled";
                    }

                    @HttpGet
                    @Action(value = "old-orders", results = @Result(location = "/orders", type = "redirect"))
                    public String old() {
                        return SUCCESS;
                    }

                    private boolean invalid() {
                        return false;
                    }
                }
                """).check();
    }

    @Test
    void anUnrestrictedActionAcceptsEveryMethod() {
        RuleTester.forRule(AnyMethod302Rule.ID).source("""
                import com.opensymphony.xwork2.ActionSupport;
                import org.apache.struts2.convention.annotation.Result;
                import org.apache.struts2.convention.annotation.Results;

                @Results({
                        @Result(name = "success", location = "/home", type = "redirect"),
                        @Result(name = "error", location = "/error.jsp")})
                public class LoginAction extends ActionSupport {
                    @Override
                    public String execute() {
                        return authenticated() ? SUCCESS : ERROR; // finding: LoginAction#execute accepts every HTTP method and answers 302 Found through a Struts redirect result "success"
                    }

                    private boolean authenticated() {
                        return true;
                    }
                }
                """).check();
    }

    @Test
    void followsTheOutcomeThroughTheActionsOwnHelpers() {
        java.util.List<dev.redirectlint.api.Finding> findings = RuleTester.forRule(AnyMethod302Rule.ID).source("""
                import com.opensymphony.xwork2.ActionSupport;
                import org.apache.struts2.convention.annotation.Action;
                import org.apache.struts2.convention.annotation.Result;

                public class SubmitAction extends ActionSupport {
                    private boolean invalid;

                    @Action(value = "submit", results = {
                            @Result(name = "success", location = "list", type = "redirectAction"),
                            @Result(name = "input", location = "/form.jsp")})
                    public String execute() {
                        return submit(); // finding: SubmitAction#execute accepts every HTTP method and answers 302 Found through a Struts redirect result "success"
                    }

                    private String submit() {
                        if (invalid) {
                            return INPUT;
                        }
                        return SUCCESS;
                    }

                    @Action(value = "show", results = @Result(name = "success", location = "list", type = "redirectAction"))
                    public String show() {
                        return this.render(); // ok: the helper only returns input
                    }

                    private String render() {
                        return INPUT;
                    }

                    @Action(value = "loop", results = @Result(name = "success", location = "list", type = "redirectAction"))
                    public String loop() {
                        return ping(); // ok: helpers that only call each other return no outcome
                    }

                    private String ping() {
                        return pong();
                    }

                    private String pong() {
                        return ping();
                    }

                    @Action(value = "other", results = @Result(name = "success", location = "list", type = "redirectAction"))
                    public String other() {
                        return submit(1); // ok: no method of the class takes one argument
                    }
                }
                """).check();
        org.assertj.core.api.Assertions.assertThat(findings.get(0).related())
                .extracting(related -> related.region().startLine()).containsExactly(19);
    }
}
