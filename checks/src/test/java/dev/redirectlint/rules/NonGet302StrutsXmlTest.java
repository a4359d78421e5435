package dev.redirectlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redirectlint.api.Finding;
import dev.redirectlint.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Struts 2 actions that struts.xml declares: a result of type {@code redirect} or {@code redirectAction} (or a
 * project's result type whose class extends Struts' redirect result) answers 302 unless a {@code statusCode} param
 * says otherwise; the finding is on the action method's return of that result's name.
 */
class NonGet302StrutsXmlTest {

    private static final String DOCTYPE = """
            <?xml version="1.0" encoding="UTF-8" ?>
            <!DOCTYPE struts PUBLIC
                    "-//Apache Software Foundation//DTD Struts Configuration 6.0//EN"
                    "https://struts.apache.org/dtds/struts-6.0.dtd">
            """;

    @Test
    void flagsTheOutcomesOfRedirectResults() {
        RuleTester.forRule(AnyMethod302Rule.ID).configFile("src/main/resources/struts.xml", DOCTYPE + """
                <struts>
                    <package name="shop" extends="struts-default" namespace="/shop">
                        <action name="saveOrder" class="shop.web.OrderAction" method="save">
                            <result name="success" type="redirectAction">listOrders</result>
                            <result name="input">/order-form.jsp</result>
                            <result name="cancelled" type="redirect">
                                <param name="location">/orders</param>
                                <param name="statusCode">303</param>
                            </result>
                        </action>
                        <action name="deleteOrder" class="shop.web.OrderAction" method="delete">
                            <result type="redirect">/orders</result>
                            <result name="error" type="dispatcher">/error.jsp</result>
                        </action>
                        <action name="listOrders" class="shop.web.OrderAction" method="list">
                            <result name="done" type="redirect">/elsewhere</result>
                            <result>/orders.jsp</result>
                        </action>
                    </package>
                </struts>
                """).source("""
                package shop.web;

                public class OrderAction {
                    private boolean valid;
                    private boolean cancel;

                    public String save() {
                        if (cancel) {
                            return "cancelled";
                        }
                        return valid ? "success" : "input"; // finding: OrderAction#save accepts every HTTP method and answers 302 Found through a struts.xml result "success" of type redirectAction (action "shop/saveOrder", line 8 of struts.xml)
                    }

                    public String delete() {
                        if (!valid) {
                            return "error";
                        }
                        return "success"; // finding: a struts.xml result "success" of type redirect (action "shop/deleteOrder", line 16 of struts.xml)
                    }

                    public String list() {
                        return "success";
                    }
                }
                """).check();
    }

    @Test
    void restrictedByAnHttpMethodAnnotationAndTiedThroughTheActionConstants() {
        List<Finding> findings = RuleTester.forRule(NonGet302Rule.ID).configFile("src/main/resources/struts.xml", DOCTYPE + """
                <struts>
                    <package name="account" extends="struts-default">
                        <action name="register" class="shop.web.RegisterAction">
                            <result type="redirectAction">
                                <param name="actionName">welcome</param>
                            </result>
                            <result name="input">/register.jsp</result>
                        </action>
                    </package>
                </struts>
                """).source("""
                package shop.web;

                import com.opensymphony.xwork2.ActionSupport;
                import org.apache.struts2.interceptor.httpmethod.HttpPost;

                @HttpPost
                public class RegisterAction extends ActionSupport {
                    @Override
                    public String execute() {
                        if (hasErrors()) {
                            return INPUT;
                        }
                        return SUCCESS; // finding: RegisterAction#execute accepts POST but answers 302 Found through a struts.xml result "success" of type redirectAction
                    }
                }
                """).check();
        assertThat(findings).singleElement().satisfies(finding -> assertThat(finding.message())
                .contains("add <param name=\"statusCode\">303</param> to the result \"success\" of action \"account/register\""));
    }

    @Test
    void globalResultsOfThePackageAndOfThePackagesItExtendsApply() {
        RuleTester.forRule(AnyMethod302Rule.ID).configFile("src/main/resources/struts.xml", DOCTYPE + """
                <struts>
                    <package name="base" extends="struts-default">
                        <global-results>
                            <result name="login" type="redirect">/login</result>
                            <result name="error">/error.jsp</result>
                        </global-results>
                    </package>
                    <package name="secure" extends="base">
                        <global-results>
                            <result name="home" type="redirectAction">index</result>
                        </global-results>
                        <action name="profile" class="shop.web.ProfileAction">
                            <result name="home">/profile.jsp</result>
                        </action>
                    </package>
                </struts>
                """).source("""
                package shop.web;

                public class ProfileAction {
                    private Object user;

                    public String execute() {
                        if (user == null) {
                            return "login"; // finding: ProfileAction#execute accepts every HTTP method and answers 302 Found through a struts.xml result "login" of type redirect (action "secure/profile", line 8 of struts.xml)
                        }
                        return "home";
                    }
                }
                """).check();
    }

    @Test
    void readsTheFilesStrutsXmlIncludesAndWildcardActionMethods() {
        RuleTester.forRule(AnyMethod302Rule.ID).configFile("src/main/resources/struts.xml", DOCTYPE + """
                <struts>
                    <include file="config/struts-*.xml"/>
                    <include file="struts-orders.xml"/>
                </struts>
                """).configFile("src/main/resources/struts-orders.xml", DOCTYPE + """
                <struts>
                    <package name="orders" extends="struts-default">
                        <action name="order_*" class="shop.web.OrderCrudAction" method="{1}">
                            <result name="saved" type="redirectAction">order_list</result>
                            <result name="success">/orders.jsp</result>
                        </action>
                    </package>
                </struts>
                """).configFile("src/main/resources/config/struts-admin.xml", DOCTYPE + """
                <struts>
                    <package name="admin" extends="struts-default" namespace="/admin">
                        <action name="purge" class="shop.admin.PurgeAction">
                            <result type="redirect">/admin</result>
                        </action>
                    </package>
                </struts>
                """).configFile("src/main/resources/struts-unused.xml", DOCTYPE + """
                <struts>
                    <package name="unused" extends="struts-default">
                        <action name="never" class="shop.web.OrderCrudAction" method="list">
                            <result type="redirect">/never</result>
                        </action>
                    </package>
                </struts>
                """).sources("""
                package shop.web;

                public class OrderCrudAction {
                    public String save() {
                        return "saved"; // finding: OrderCrudAction#save accepts every HTTP method and answers 302 Found through a struts.xml result "saved" of type redirectAction (action "orders/order_*", line 8 of struts-orders.xml)
                    }

                    public String list() {
                        return "success";
                    }

                    public String saved() {
                        return "saved"; // finding: OrderCrudAction#saved accepts every HTTP method
                    }

                    public String edit(long id) {
                        return "saved";
                    }
                }
                """, """
                package shop.admin;

                public class PurgeAction {
                    public String execute() {
                        return "success"; // finding: line 8 of config/struts-admin.xml
                    }
                }
                """).check();
    }

    @Test
    void aProjectResultTypeThatExtendsStrutsRedirectResultRedirects() {
        RuleTester.forRule(AnyMethod302Rule.ID).configFile("src/main/resources/struts.xml", DOCTYPE + """
                <struts>
                    <package name="app" extends="struts-default">
                        <result-types>
                            <result-type name="back" class="shop.web.BackResult"/>
                            <result-type name="seeOther" class="shop.web.SeeOtherResult"/>
                            <result-type name="found" class="org.apache.struts2.result.ServletRedirectResult">
                                <param name="statusCode">302</param>
                            </result-type>
                        </result-types>
                        <action name="undo" class="shop.web.UndoAction">
                            <result name="success" type="back">/</result>
                            <result name="other" type="seeOther">/</result>
                            <result name="found" type="found">/</result>
                        </action>
                    </package>
                </struts>
                """).sources("""
                package shop.web;

                public class UndoAction {
                    private int step;

                    public String execute() {
                        if (step == 1) {
                            return "other";
                        }
                        if (step == 2) {
                            return "found"; // finding: a struts.xml result "found" of type found
                        }
                        return "success"; // finding: a struts.xml result "success" of type back
                    }
                }
                """, """
                package shop.web;

                import org.apache.struts2.result.ServletRedirectResult;

                public class BackResult extends ServletRedirectResult {
                    @Override
                    public void setLocation(String location) {
                        super.setLocation(location);
                    }
                }
                """, """
                package shop.web;

                import jakarta.servlet.http.HttpServletResponse;
                import org.apache.struts2.result.ServletRedirectResult;

                public class SeeOtherResult extends ServletRedirectResult {
                    @Override
                    protected void sendRedirect(HttpServletResponse response, String location) {
                        response.setStatus(303);
                        response.setHeader("Location", location);
                    }
                }
                """).check();
    }

    @Test
    void aStatusCodeOf301IsAPermanentRedirect() {
        RuleTester.forRule(NonGet301Rule.ID).configFile("src/main/resources/struts.xml", DOCTYPE + """
                <struts>
                    <package name="app" extends="struts-default">
                        <action name="moved" class="shop.web.MovedAction">
                            <result type="redirect">
                                <param name="location">/new</param>
                                <param name="statusCode">301</param>
                            </result>
                        </action>
                    </package>
                </struts>
                """).source("""
                package shop.web;

                import org.apache.struts2.interceptor.httpmethod.HttpPost;

                public class MovedAction {
                    @HttpPost
                    public String execute() {
                        return "success"; // finding: MovedAction#execute accepts POST but answers 301 Moved Permanently through a struts.xml result "success" of type redirect
                    }
                }
                """).check();
    }

    @Test
    void leavesAloneOtherStatusesDispatchersOutcomesNeverReturnedAndOtherClasses() {
        RuleTester.forRule(AnyMethod302Rule.ID).configFile("src/main/resources/struts.xml", DOCTYPE + """
                <struts>
                    <package name="app" extends="struts-default">
                        <action name="pay" class="shop.web.PayAction" method="pay">
                            <result type="redirect">
                                <param name="location">/paid</param>
                                <param name="statusCode">303</param>
                            </result>
                            <result name="input" type="dispatcher">/pay.jsp</result>
                            <result name="gone" type="redirect">/gone</result>
                        </action>
                        <action name="page" class="shop.web.PageAction">
                            <result>/page.jsp</result>
                        </action>
                        <action name="home">
                            <result type="redirect">/</result>
                        </action>
                    </package>
                </struts>
                """).sources("""
                package shop.web;

                public class PayAction {
                    public String pay() {
                        return Math.random() > 0.5 ? "success" : "input";
                    }

                    public String execute() {
                        return "gone";
                    }
                }
                """, """
                package shop.web;

                public class PageAction {
                    public String execute() {
                        return "success";
                    }
                }
                """, """
                package shop.other;

                public class PayAction {
                    public String pay() {
                        return "gone";
                    }
                }
                """).check();
    }

    @Test
    void anInheritedActionMethodIsReportedForTheClassStrutsXmlNames() {
        RuleTester.forRule(AnyMethod302Rule.ID).configFile("src/main/resources/struts.xml", DOCTYPE + """
                <struts>
                    <package name="app" extends="struts-default">
                        <action name="saveNote" class="shop.web.NoteActions$Save" method="save">
                            <result name="saved" type="redirect">/notes</result>
                        </action>
                    </package>
                </struts>
                """).sources("""
                package shop.web;

                public abstract class CrudAction {
                    public String save() {
                        store();
                        return "saved"; // finding: CrudAction#save (inherited by NoteActions.Save) accepts every HTTP method
                    }

                    protected abstract void store();
                }
                """, """
                package shop.web;

                public class NoteActions {
                    public static class Save extends CrudAction {
                        @Override
                        protected void store() {
                        }
                    }
                }
                """).check();
    }

    /** Following the advice for one of the actions would leave the other's result at 302: both are named. */
    @Test
    void severalActionsThatRedirectTheSameOutcomeOfAMethodAreAllNamed() {
        List<Finding> findings = RuleTester.forRule(AnyMethod302Rule.ID).configFile("src/main/resources/struts.xml",
                DOCTYPE + """
                <struts>
                    <package name="admin" extends="struts-default" namespace="/admin">
                        <action name="categoryAdd" class="blog.CategoryEdit" method="save">
                            <result name="input">/category-form.jsp</result>
                            <result type="redirectAction">categories</result>
                        </action>
                        <action name="categoryEdit" class="blog.CategoryEdit" method="save">
                            <result name="input">/category-form.jsp</result>
                            <result type="redirectAction">
                                <param name="actionName">categories</param>
                            </result>
                        </action>
                        <action name="categoryMove" class="blog.CategoryEdit" method="save">
                            <result type="redirectAction">
                                <param name="actionName">categories</param>
                                <param name="statusCode">303</param>
                            </result>
                        </action>
                    </package>
                </struts>
                """).source("""
                package blog;

                public class CategoryEdit {
                    private boolean valid;

                    public String save() {
                        return valid ? "success" : "input"; // finding: CategoryEdit#save accepts every HTTP method and answers 302 Found through a struts.xml result "success" of type redirectAction (actions "admin/categoryAdd" line 9 and "admin/categoryEdit" line 13 of struts.xml)
                    }
                }
                """).check();
        assertThat(findings).singleElement().satisfies(finding -> assertThat(finding.message())
                .contains("add <param name=\"statusCode\">303</param> to each of the results \"success\" of actions"
                        + " \"admin/categoryAdd\" (line 9 of struts.xml) and \"admin/categoryEdit\" (line 13 of"
                        + " struts.xml)")
                .doesNotContain("categoryMove"));
    }

    @Test
    void actionsInDifferentFilesAreNamedWithTheirFiles() {
        List<Finding> findings = RuleTester.forRule(AnyMethod302Rule.ID).configFile("src/main/resources/struts.xml",
                DOCTYPE + """
                <struts>
                    <include file="struts-admin.xml"/>
                    <package name="app" extends="struts-default">
                        <action name="saveNote" class="notes.NoteAction" method="save">
                            <result type="redirect">/notes</result>
                        </action>
                    </package>
                </struts>
                """).configFile("src/main/resources/struts-admin.xml", DOCTYPE + """
                <struts>
                    <package name="admin" extends="struts-default">
                        <action name="adminSaveNote" class="notes.NoteAction" method="save">
                            <result type="redirect">/admin/notes</result>
                        </action>
                    </package>
                </struts>
                """).source("""
                package notes;

                public class NoteAction {
                    public String save() {
                        return "success"; // finding: (actions "admin/adminSaveNote" line 8 of struts-admin.xml and "app/saveNote" line 9 of struts.xml)
                    }
                }
                """).check();
        assertThat(findings).singleElement().satisfies(finding -> assertThat(finding.message())
                .contains("to each of the results \"success\" of actions \"admin/adminSaveNote\" (line 8 of"
                        + " struts-admin.xml) and \"app/saveNote\" (line 9 of struts.xml)"));
    }

    /** A package's global result that two actions use is one result to change: the advice names it once. */
    @Test
    void aGlobalResultSeveralActionsUseIsOneResultToChange() {
        List<Finding> findings = RuleTester.forRule(AnyMethod302Rule.ID).configFile("src/main/resources/struts.xml",
                DOCTYPE + """
                <struts>
                    <package name="app" extends="struts-default">
                        <global-results>
                            <result name="login" type="redirect">/login</result>
                        </global-results>
                        <action name="profile" class="shop.web.ProfileAction" method="show"/>
                        <action name="profileCard" class="shop.web.ProfileAction" method="show"/>
                    </package>
                </struts>
                """).source("""
                package shop.web;

                public class ProfileAction {
                    public String show() {
                        return "login"; // finding: (actions "app/profile" line 8 and "app/profileCard" line 8 of struts.xml)
                    }
                }
                """).check();
        assertThat(findings).singleElement().satisfies(finding -> assertThat(finding.message())
                .contains("to the result \"login\" of actions \"app/profile\", \"app/profileCard\" (line 8 of"
                        + " struts.xml)"));
    }

    /**
     * An inherited method is a handler of each concrete class struts.xml names: each finding names the actions of
     * its own class.
     */
    @Test
    void anInheritedMethodReachedThroughActionsOfTwoSubclassesNamesEachClassesOwnActions() {
        List<Finding> findings = RuleTester.forRule(AnyMethod302Rule.ID).configFile("src/main/resources/struts.xml",
                DOCTYPE + """
                <struts>
                    <package name="admin" extends="struts-default">
                        <action name="createUser" class="ui.UserEdit" method="cancel">
                            <result type="redirectAction">users</result>
                        </action>
                        <action name="modifyUser" class="ui.UserEdit" method="cancel">
                            <result type="redirectAction">users</result>
                        </action>
                        <action name="editGroup" class="ui.GroupEdit" method="cancel">
                            <result type="redirectAction">groups</result>
                        </action>
                    </package>
                </struts>
                """).sources("""
                package ui;

                public abstract class UIAction {
                    public String cancel() {
                        return "success"; // 2 findings: UIAction#cancel (inherited by
                    }
                }
                """, """
                package ui;

                public class UserEdit extends UIAction {
                }
                """, """
                package ui;

                public class GroupEdit extends UIAction {
                }
                """).check();
        assertThat(findings).hasSize(2).anySatisfy(finding -> assertThat(finding.message())
                .contains("UIAction#cancel (inherited by GroupEdit)")
                .contains("(action \"admin/editGroup\", line 14 of struts.xml)")
                .doesNotContain("User"))
                .anySatisfy(finding -> assertThat(finding.message())
                .contains("UIAction#cancel (inherited by UserEdit)")
                .contains("each of the results \"success\" of actions \"admin/createUser\" (line 8 of struts.xml)"
                        + " and \"admin/modifyUser\" (line 11 of struts.xml)")
                .doesNotContain("Group"));
    }

    /** The change is in struts.xml, not in the Java the finding is on: advice, no edit. */
    @Test
    void offersAdviceButNoEdit() {
        RuleTester.forRule(AnyMethod302Rule.ID).configFile("src/main/resources/struts.xml", DOCTYPE + """
                <struts>
                    <package name="app" extends="struts-default">
                        <action name="logout" class="shop.web.LogoutAction">
                            <result type="redirect">/</result>
                        </action>
                    </package>
                </struts>
                """).source("""
                package shop.web;

                public class LogoutAction {
                    public String execute() {
                        return "success";
                    }
                }
                """).expectNoFix();
    }

    @Test
    void withoutStrutsXmlAPlainClassIsNoAction() {
        RuleTester.forRule(AnyMethod302Rule.ID).source("""
                package shop.web;

                public class OrderAction {
                    public String save() {
                        return "success";
                    }
                }
                """).check();
    }

    @Test
    void followsTheOutcomeThroughAHelperOfTheClassOrItsSuperclass() {
        RuleTester.forRule(AnyMethod302Rule.ID).configFile("src/main/resources/struts.xml", DOCTYPE + """
                <struts>
                    <package name="umt" extends="struts-default">
                        <action name="migrate" class="umt.MigrateAction">
                            <result type="redirectAction">status</result>
                            <result name="input">/form.jsp</result>
                        </action>
                        <action name="preview" class="umt.MigrateAction" method="preview">
                            <result type="redirectAction">status</result>
                        </action>
                    </package>
                </struts>
                """).sources("""
                package umt;

                public class MigrateAction extends BaseAction {
                    public String execute() {
                        return submit(); // finding: MigrateAction#execute accepts every HTTP method and answers 302 Found through a struts.xml result "success" of type redirectAction (action "umt/migrate", line 8 of struts.xml)
                    }

                    public String preview() {
                        return super.check(); // ok: the superclass's check returns input
                    }

                    private String check() {
                        return "success";
                    }
                }
                """, """
                package umt;

                import com.opensymphony.xwork2.ActionSupport;

                public abstract class BaseAction extends ActionSupport {
                    protected String submit() {
                        return SUCCESS;
                    }

                    protected String check() {
                        return INPUT;
                    }
                }
                """).check();
    }

    @Test
    void dynamicMethodInvocationCallsTheMethodsAnActionAllows() {
        RuleTester.forRule(AnyMethod302Rule.ID).configFile("src/main/resources/struts.xml", DOCTYPE + """
                <struts>
                    <constant name="struts.enable.DynamicMethodInvocation" value="true"/>
                    <package name="editor" extends="struts-default">
                        <action name="categoryEdit" class="blog.CategoryEdit">
                            <result name="input">/category-form.jsp</result>
                            <result type="redirectAction">categories</result>
                            <allowed-methods>execute,save</allowed-methods>
                        </action>
                    </package>
                </struts>
                """).source("""
                package blog;

                public class CategoryEdit {
                    public String execute() {
                        return "input";
                    }

                    public String save() {
                        return "success"; // finding: CategoryEdit#save accepts every HTTP method and answers 302 Found through a struts.xml result "success" of type redirectAction (action "editor/categoryEdit!save", line 10 of struts.xml)
                    }

                    public String remove() {
                        return "success"; // ok: neither the action nor struts-default's global-allowed-methods allow it
                    }

                    public String cancel() {
                        // struts-default's <global-allowed-methods> (execute,input,back,cancel,browse,save,delete,list,index) allow it
                        return "success"; // finding: (action "editor/categoryEdit!cancel", line 10 of struts.xml)
                    }

                    public String list(int page) {
                        return "success"; // ok: an action method takes no parameters
                    }
                }
                """).check();
    }

    @Test
    void withoutDynamicMethodInvocationOnlyTheActionsMethodIsCalled() {
        RuleTester.forRule(AnyMethod302Rule.ID).configFile("src/main/resources/struts.xml", DOCTYPE + """
                <struts>
                    <constant name="struts.enable.DynamicMethodInvocation" value="false"/>
                    <package name="editor" extends="struts-default">
                        <action name="categoryEdit" class="blog.CategoryEdit">
                            <result name="input">/category-form.jsp</result>
                            <result type="redirectAction">categories</result>
                            <allowed-methods>execute,save</allowed-methods>
                        </action>
                    </package>
                </struts>
                """).source("""
                package blog;

                public class CategoryEdit {
                    public String execute() {
                        return "input";
                    }

                    public String save() {
                        return "success"; // ok: DMI is off, so no URL reaches save
                    }
                }
                """).check();
    }

    @Test
    void dynamicMethodInvocationFromStrutsPropertiesWhichStrutsReadsAfterTheXml() {
        RuleTester.forRule(AnyMethod302Rule.ID).configFile("src/main/resources/struts.properties", """
                struts.devMode=false
                struts.enable.DynamicMethodInvocation=true
                """).configFile("src/main/resources/struts.xml", DOCTYPE + """
                <struts>
                    <constant name="struts.enable.DynamicMethodInvocation" value="false"/>
                    <package name="weblogger" extends="struts-default">
                        <global-allowed-methods>publish</global-allowed-methods>
                    </package>
                    <package name="authoring" extends="weblogger">
                        <action name="entryEdit" class="blog.EntryEdit">
                            <result type="redirectAction">entries</result>
                            <allowed-methods>regex:save.*</allowed-methods>
                        </action>
                    </package>
                </struts>
                """).source("""
                package blog;

                public class EntryEdit {
                    public String execute() {
                        return "input";
                    }

                    public String saveDraft() {
                        return "success"; // finding: action "authoring/entryEdit!{regex:save.*}"
                    }

                    public String publish() {
                        // the <global-allowed-methods> of the package it extends
                        return "success"; // finding: (action "authoring/entryEdit!publish", line 12 of struts.xml)
                    }

                    public String trackback() {
                        return "success"; // ok: not allowed
                    }
                }
                """).check();
    }

    @Test
    void aPackageWithoutStrictMethodInvocationLetsDynamicMethodInvocationCallAnyMethod() {
        RuleTester.forRule(AnyMethod302Rule.ID).configFile("src/main/resources/struts.xml", DOCTYPE + """
                <struts>
                    <constant name="struts.enable.DynamicMethodInvocation" value="true"/>
                    <package name="loose" extends="struts-default" strict-method-invocation="false">
                        <action name="any" class="blog.AnyAction">
                            <result type="redirect">/done</result>
                        </action>
                        <action name="some" class="blog.SomeAction">
                            <result type="redirect">/done</result>
                            <allowed-methods>do*</allowed-methods>
                        </action>
                    </package>
                    <package name="bare">
                        <action name="bare" class="blog.BareAction">
                            <result type="redirect">/done</result>
                        </action>
                    </package>
                </struts>
                """).sources("""
                package blog;

                public class AnyAction {
                    public String trackback() {
                        return "success"; // finding: action "loose/any!*"
                    }
                }
                """, """
                package blog;

                public class SomeAction {
                    public String doSave() {
                        return "success"; // finding: action "loose/some!{regex:do([A-Za-z0-9_$]*)}"
                    }

                    public String trackback() {
                        return "success"; // ok: only do* is allowed (with struts-default's global-allowed-methods)
                    }
                }
                """, """
                package blog;

                public class BareAction {
                    public String save() {
                        return "success"; // ok: a package that extends nothing inherits no global-allowed-methods
                    }
                }
                """).check();
    }
}
