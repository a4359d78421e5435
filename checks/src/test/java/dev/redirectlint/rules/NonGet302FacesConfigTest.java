package dev.redirectlint.rules;

import dev.redirectlint.testing.RuleTester;
import org.junit.jupiter.api.Test;

/**
 * Faces actions whose outcome a faces-config navigation case with {@code <redirect/>} takes: Mojarra's
 * NavigationHandlerImpl redirects to the case's view with ExternalContext.redirect, 302 on a full postback. The
 * beans hold no faces-redirect=true: the configuration alone makes them candidates of the lexical pass.
 */
class NonGet302FacesConfigTest {

    private static final String FACES_CONFIG = """
            <?xml version="1.0" encoding="UTF-8"?>
            <faces-config xmlns="https://jakarta.ee/xml/ns/jakartaee" version="4.0">
                <navigation-rule>
                    <from-view-id>/orders/edit.xhtml</from-view-id>
                    <navigation-case>
                        <from-outcome>saved</from-outcome>
                        <to-view-id>/orders/list.xhtml</to-view-id>
                        <redirect/>
                    </navigation-case>
                    <navigation-case>
                        <from-outcome>cancelled</from-outcome>
                        <to-view-id>/orders/list.xhtml</to-view-id>
                    </navigation-case>
                    <navigation-case>
                        <from-action>#{orderBean.publish}</from-action>
                        <from-outcome>done</from-outcome>
                        <to-view-id>/orders/published.xhtml</to-view-id>
                        <redirect include-view-params="true">
                            <redirect-param><name>id</name><value>#{orderBean.id}</value></redirect-param>
                        </redirect>
                    </navigation-case>
                    <navigation-case>
                        <from-outcome>ghost</from-outcome>
                        <to-view-id>/nowhere.xhtml</to-view-id>
                        <redirect/>
                    </navigation-case>
                </navigation-rule>
                <navigation-rule>
                    <from-view-id>/admin/*</from-view-id>
                    <navigation-case>
                        <from-outcome>removed</from-outcome>
                        <if>#{orderBean.removed}</if>
                        <to-view-id>/admin/index.xhtml</to-view-id>
                        <redirect/>
                    </navigation-case>
                </navigation-rule>
                <navigation-rule>
                    <navigation-case>
                        <from-action>#{orderBean.approve()}</from-action>
                        <to-view-id>/orders/approved.xhtml</to-view-id>
                        <redirect/>
                    </navigation-case>
                </navigation-rule>
            </faces-config>
            """;

    private static final String BEAN = """
            import jakarta.inject.Named;

            @Named
            public class OrderBean {
                private static final String SAVED = "saved";
                private boolean valid;
                private String next = "approved"; // a case without from-outcome takes any outcome but null

                public String save() {
                    return "saved"; // finding: OrderBean#save accepts POST but answers 302 Found through outcome "saved" taken by a navigation case with <redirect/> (WEB-INF/faces-config.xml, line 5) (on a non-Ajax request)
                }

                public String update() {
                    return valid ? SAVED : null; // finding: through outcome "saved" taken by a navigation case with <redirect/>
                }

                public String cancel() {
                    return "cancelled"; // a case without <redirect/>: the same POST renders the view
                }

                public String publish() {
                    return "done"; // finding: outcome "done" taken by a navigation case with <redirect/> (WEB-INF/faces-config.xml, line 14)
                }

                public String archive() {
                    return "done"; // the case with "done" is publish's only
                }

                public String remove() {
                    return "removed"; // finding: outcome "removed" taken by a navigation case with <redirect/> (WEB-INF/faces-config.xml, line 30)
                }

                public String approve() {
                    return next; // finding: outcome "approved" taken by a navigation case with <redirect/> (WEB-INF/faces-config.xml, line 38)
                }

                public String stay() {
                    return null; // a null outcome: no navigation
                }

                public String unknown() {
                    return "list"; // no case takes it
                }
            }
            """;

    @Test
    void theRulesOfTheViewACommandIsOnDecide() {
        // NavigationHandlerImpl tries the view's own from-view-id, then the wildcard prefixes it starts with
        // (longest first), then *: a case of another view's rule does not take the outcome.
        RuleTester.forRule(NonGet302Rule.ID).configFile("src/main/webapp/WEB-INF/faces-config.xml", FACES_CONFIG)
                .configFile("src/main/webapp/orders/list.xhtml", """
                        <ui:composition xmlns:ui="jakarta.faces.facelets" xmlns:h="jakarta.faces.html">
                            <h:commandButton action="#{orderBean.save}"/>
                            <h:commandButton action="saved" actionListener="#{orderBean.touch}"/>
                        </ui:composition>
                        """)
                .configFile("src/main/webapp/admin/orders.xhtml", """
                        <ui:composition xmlns:ui="jakarta.faces.facelets" xmlns:h="jakarta.faces.html">
                            <h:commandButton action="#{orderBean.remove}"/>
                        </ui:composition>
                        """)
                .configFile("src/main/webapp/orders/edit.xhtml", """
                        <ui:composition xmlns:ui="jakarta.faces.facelets" xmlns:h="jakarta.faces.html">
                            <h:commandButton action="saved" actionListener="#{orderBean.store}"/>
                        </ui:composition>
                        """)
                .source("""
                        import jakarta.inject.Named;

                        @Named
                        public class OrderBean {
                            public String save() {
                                return "saved"; // on /orders/list.xhtml, whose rules (only *) take no "saved"
                            }

                            public void touch() { // the same from /orders/list.xhtml
                            }

                            public String remove() {
                                return "removed"; // finding: outcome "removed" taken by a navigation case with <redirect/> (WEB-INF/faces-config.xml, line 30)
                            }

                            public void store() { // finding: HourBean#store accepts POST
                            }
                        }
                        """.replace("HourBean", "OrderBean")).check();
    }

    @Test
    void reportsTheActionListenerOfACommandWhoseWrittenOutcomeRedirects() {
        // ActionListenerImpl runs the listener, then navigates by the command's literal outcome: the listener is
        // the Java that answers the POST. From-action never matches a literal action (its text is the literal).
        RuleTester.forRule(NonGet302Rule.ID).configFile("src/main/webapp/WEB-INF/faces-config.xml", FACES_CONFIG)
                .configFile("src/main/webapp/orders/edit.xhtml", """
                        <ui:composition xmlns:ui="jakarta.faces.facelets" xmlns:h="jakarta.faces.html"
                                        xmlns:p="http://primefaces.org/ui">
                            <h:form>
                                <h:commandButton action="saved" actionListener="#{hourBean.update(hour)}"/>
                                <h:commandLink action="list?faces-redirect=true" actionListener="#{hourBean.remove}"/>
                                <p:commandButton action="saved" actionListener="#{hourBean.quick}"/>
                                <h:commandButton action="cancelled" actionListener="#{hourBean.reset}"/>
                                <h:commandButton action="done" actionListener="#{hourBean.publish}"/>
                            </h:form>
                        </ui:composition>
                        """).source("""
                        import jakarta.faces.event.ActionEvent;
                        import jakarta.inject.Named;

                        @Named
                        public class HourBean {
                            public void update(Object hour) { // finding: HourBean#update accepts POST
                            }

                            public void remove(ActionEvent event) { // finding: HourBean#remove accepts POST
                            }

                            public void quick() { // p:commandButton submits with Ajax: a partial response
                            }

                            public void reset() { // the case for "cancelled" forwards
                            }

                            public void publish() { // the case for "done" is #{orderBean.publish}'s only
                            }
                        }
                        """).check();
    }

    @Test
    void reportsTheOutcomesThatANavigationCaseWithARedirectTakes() {
        RuleTester.forRule(NonGet302Rule.ID).configFile("src/main/webapp/WEB-INF/faces-config.xml", FACES_CONFIG)
                .source(BEAN).check();
    }

    @Test
    void theFirstCaseOfARuleThatTakesTheOutcomeDecides() {
        RuleTester.forRule(NonGet302Rule.ID).configFile("src/main/webapp/WEB-INF/faces-config.xml", """
                <faces-config>
                    <navigation-rule>
                        <from-view-id>orders.xhtml</from-view-id>
                        <navigation-case>
                            <from-outcome>saved</from-outcome>
                            <to-view-id>/orders.xhtml</to-view-id>
                        </navigation-case>
                        <navigation-case>
                            <from-outcome>kept</from-outcome>
                            <if>#{orderBean.valid}</if>
                            <to-view-id>/orders.xhtml</to-view-id>
                        </navigation-case>
                        <navigation-case>
                            <to-view-id>/index.xhtml</to-view-id>
                            <redirect/>
                        </navigation-case>
                    </navigation-rule>
                </faces-config>
                """).source("""
                import jakarta.inject.Named;

                @Named
                public class OrderBean {
                    public String save() {
                        return "saved"; // the first case takes it, and forwards
                    }

                    public String keep() {
                        return "kept"; // finding: outcome "kept" taken by a navigation case with <redirect/> (WEB-INF/faces-config.xml, line 13)
                    }

                    public String other() {
                        return "other"; // finding: outcome "other" taken by a navigation case with <redirect/>
                    }

                    public void reset() {
                        // a void action's outcome is null: no case without <if> takes it
                    }
                }
                """).check();
    }

    @Test
    void anActionTheViewsInvokeOnlyWithAjaxGetsAPartialResponse() {
        RuleTester.forRule(NonGet302Rule.ID).configFile("src/main/webapp/WEB-INF/faces-config.xml", FACES_CONFIG)
                .configFile("src/main/webapp/orders/edit.xhtml", """
                        <ui:composition xmlns:ui="jakarta.faces.facelets" xmlns:p="primefaces" template="form.xhtml">
                            <ui:param name="bean" value="#{orderBean}"/>
                            <p:commandButton action="#{orderBean.save}"/>
                        </ui:composition>
                        """)
                .source(BEAN.replace("return \"saved\"; // finding: OrderBean#save accepts POST but answers 302 Found"
                        + " through outcome \"saved\" taken by a navigation case with <redirect/> (WEB-INF/faces-config.xml,"
                        + " line 5) (on a non-Ajax request)", "return \"saved\"; // p:commandButton: Ajax"))
                .check();
    }

    @Test
    void readsTheFilesWebXmlListsAndMetaInfFacesConfigs() {
        String rule = """
                <faces-config xmlns="http://xmlns.jcp.org/xml/ns/javaee">
                    <navigation-rule>
                        <from-view-id>*</from-view-id>
                        <navigation-case>
                            <from-outcome>%s</from-outcome>
                            <to-view-id>/%s.xhtml</to-view-id>
                            <redirect/>
                        </navigation-case>
                    </navigation-rule>
                </faces-config>
                """;
        RuleTester.forRule(NonGet302Rule.ID)
                .configFile("src/main/webapp/WEB-INF/web.xml", """
                        <web-app xmlns="http://xmlns.jcp.org/xml/ns/javaee" version="4.0">
                            <context-param>
                                <param-name>javax.faces.CONFIG_FILES</param-name>
                                <param-value>/WEB-INF/navigation/accounts.xml, /WEB-INF/missing.xml</param-value>
                            </context-param>
                        </web-app>
                        """)
                .configFile("src/main/webapp/WEB-INF/navigation/accounts.xml", rule.formatted("closed", "closed"))
                .configFile("src/main/webapp/WEB-INF/navigation/unlisted.xml", rule.formatted("renamed", "renamed"))
                .configFile("src/main/resources/META-INF/accounts.faces-config.xml", rule.formatted("opened", "opened"))
                .source("""
                        import javax.faces.bean.ManagedBean;

                        @ManagedBean
                        public class AccountBean {
                            public String close() {
                                return "closed"; // finding: outcome "closed" taken by a navigation case with <redirect/> (navigation/accounts.xml, line 4)
                            }

                            public String open() {
                                return "opened"; // finding: (META-INF/accounts.faces-config.xml, line 4)
                            }

                            public String rename() {
                                return "renamed"; // a file web.xml does not list is not a faces-config file
                            }
                        }
                        """).check();
    }

    @Test
    void aFacesConfigThatIsNotWellFormedIsAnErrorAndTheOthersAreStillRead() {
        RuleTester.forRule(NonGet302Rule.ID)
                .configFile("src/main/webapp/WEB-INF/faces-config.xml", FACES_CONFIG.replace("</navigation-rule>\n"
                        + "    <navigation-rule>\n        <from-view-id>/admin/*", "<navigation-rule>\n        <from-view-id>/admin/*"))
                .configFile("src/main/resources/META-INF/faces-config.xml", """
                        <!DOCTYPE faces-config PUBLIC "-//Sun Microsystems, Inc.//DTD JavaServer Faces Config 1.1//EN"
                            "http://java.sun.com/dtd/web-facesconfig_1_1.dtd">
                        <faces-config>
                            <navigation-rule>
                                <navigation-case>
                                    <from-outcome>saved</from-outcome>
                                    <to-view-id>/orders/list.xhtml</to-view-id>
                                    <redirect/>
                                </navigation-case>
                            </navigation-rule>
                        </faces-config>
                        """)
                .expectError("faces-config.xml", "is not well-formed XML, so its navigation rules are not read")
                .source("""
                        import jakarta.inject.Named;

                        @Named
                        public class OrderBean {
                            public String save() {
                                return "saved"; // finding: (META-INF/faces-config.xml, line 5)
                            }

                            public String publish() {
                                return "done"; // its case is in the file that could not be read
                            }
                        }
                        """).check();
    }
}
