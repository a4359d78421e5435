package dev.redirectlint.frameworks.struts;

import dev.redirectlint.model.Framework;
import dev.redirectlint.model.Mechanism;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Struts 2's action annotations (Convention plugin), its HTTP method annotations, and its outcomes. */
final class StrutsTypes {

    static final Framework FRAMEWORK = new Framework("STRUTS", "Struts 2");
    static final Mechanism REDIRECT_RESULT = new Mechanism("STRUTS_REDIRECT_RESULT", "a Struts redirect result", false);
    static final Mechanism XML_REDIRECT_RESULT = new Mechanism("STRUTS_XML_REDIRECT_RESULT", "a struts.xml result", false);

    static final Set<String> ACTION = Set.of("org.apache.struts2.convention.annotation.Action");
    static final Set<String> RESULT = Set.of("org.apache.struts2.convention.annotation.Result");
    static final Set<String> RESULTS = Set.of("org.apache.struts2.convention.annotation.Results");
    static final Set<String> ACTION_SUPPORT = Set.of("com.opensymphony.xwork2.ActionSupport", "org.apache.struts2.ActionSupport");

    /** {@code HttpMethodInterceptor}'s annotations, on the action method or else its class. */
    static final String HTTP_METHOD_PACKAGE = "org.apache.struts2.interceptor.httpmethod.";
    static final Map<String, List<String>> HTTP_METHODS = Map.of(
            "HttpPost", List.of("POST"), "HttpGet", List.of("GET"), "HttpGetOrPost", List.of("GET", "POST"),
            "HttpPut", List.of("PUT"), "HttpDelete", List.of("DELETE"), "PostOnly", List.of("POST"),
            "GetOnly", List.of("GET"), "GetPostOnly", List.of("GET", "POST"));

    /** The outcome constants every action inherits from {@code com.opensymphony.xwork2.Action}. */
    static final Map<String, String> OUTCOMES = Map.of(
            "SUCCESS", "success", "INPUT", "input", "ERROR", "error", "NONE", "none", "LOGIN", "login");

    /** The result types that answer with {@code ServletRedirectResult}: 302 unless a {@code statusCode} is given. */
    static final Set<String> REDIRECT_TYPES = Set.of("redirect", "redirectAction", "redirect-action");

    private StrutsTypes() {}
}
