package dev.redirectlint.rules;

import dev.redirectlint.testing.RuleTester;
import org.junit.jupiter.api.Test;

/**
 * Faces actions as the project's views invoke them: a full postback (a POST answered with 302) is reported; an
 * Ajax postback (answered with a partial response's redirect, 200) and a view action (a GET) are not; an
 * action no view names keeps the postback's finding if a view may still run it (writes its bean on its own), and
 * has none if no view can.
 */
class NonGet302FacesViewsTest {

    private static final String BEAN = """
            import jakarta.enterprise.context.RequestScoped;
            import jakarta.inject.Named;

            @Named
            @RequestScoped
            public class OrderBean {
                public String save() {
                    return "orders?faces-redirect=true"; // finding: OrderBean#save accepts POST
                }

                public String quickSave() {
                    return "orders?faces-redirect=true"; // p:commandButton, Ajax by default
                }

                public String nestedAjax() {
                    return "orders?faces-redirect=true"; // h:commandButton with a nested f:ajax
                }

                public String wrapped() {
                    return "orders?faces-redirect=true"; // inside a wrapping f:ajax
                }

                public String listener() {
                    return "orders?faces-redirect=true"; // a p:ajax listener
                }

                public String fullPrime() {
                    return "orders?faces-redirect=true"; // finding: OrderBean#fullPrime accepts POST
                }

                public String both() {
                    return "orders?faces-redirect=true"; // finding: OrderBean#both accepts POST
                }

                public String load() {
                    return "login?faces-redirect=true"; // f:viewAction: on the GET of the view
                }

                public String check() {
                    return "login?faces-redirect=true"; // f:event preRenderView: on the GET of the view
                }

                public String unnamed() {
                    return "orders?faces-redirect=true"; // no view writes orderBean.unnamed: no request runs it
                }

                public String blur() {
                    return "orders?faces-redirect=true"; // finding: OrderBean#blur accepts POST
                }
            }
            """;

    private static final String VIEW = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"
                "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
            <html xmlns="http://www.w3.org/1999/xhtml" xmlns:h="jakarta.faces.html" xmlns:f="jakarta.faces.core"
                  xmlns:p="http://primefaces.org/ui">
            <f:metadata>
                <f:viewAction action="#{orderBean.load}"/>
                <f:event type="preRenderView" listener="#{orderBean.check()}"/>
            </f:metadata>
            <h:body>
                <h:form>
                    <h:commandButton value="Save" action="#{orderBean.save}"/>
                    <p:commandButton value="Quick" action="#{orderBean.quickSave}"/>
                    <h:commandButton value="Nested" action="#{orderBean.nestedAjax()}">
                        <f:ajax execute="@form" render="@form"/>
                    </h:commandButton>
                    <f:ajax>
                        <h:commandLink value="Wrapped" action="#{orderBean.wrapped}"/>
                    </f:ajax>
                    <h:inputText value="#{orderBean.name}">
                        <p:ajax event="change" listener="#{orderBean.listener}"/>
                    </h:inputText>
                    <p:commandButton value="Full" action="#{orderBean.fullPrime}" ajax="false"/>
                    <p:commandLink value="Ajax" action="#{orderBean.both}"/>
                    <h:commandLink value="Full" action="#{orderBean.both}"/>
                    <h:commandButton value="Blur" action="#{orderBean.blur}">
                        <f:ajax event="blur" render="@this"/>
                    </h:commandButton>
                </h:form>
            </h:body>
            </html>
            """;

    @Test
    void reportsOnlyWhatAViewInvokesByAFullPostback() {
        RuleTester.forRule(NonGet302Rule.ID).configFile("src/main/webapp/orders.xhtml", VIEW).source(BEAN).check();
    }

    @Test
    void readsAViewThatIsNotWellFormedByPattern() {
        // && unescaped in an attribute is no XML, though Facelets pages have it: the tags are read by pattern,
        // which does not see a wrapping f:ajax (its command counts as a full postback)
        String broken = VIEW.replace("<h:form>", "<h:form rendered=\"#{orderBean.open && orderBean.mine}\">");
        RuleTester.forRule(NonGet302Rule.ID).configFile("src/main/resources/META-INF/resources/orders.xhtml", broken)
                .source(BEAN.replace("// inside a wrapping f:ajax", "// finding: OrderBean#wrapped accepts POST"))
                .check();
    }

    @Test
    void namesBeansByTheirAnnotation() {
        RuleTester.forRule(NonGet302Rule.ID).configFile("src/main/webapp/account.xhtml", """
                <ui:composition xmlns:ui="jakarta.faces.facelets" xmlns:p="primefaces" xmlns:h="jakarta.faces.html">
                    <p:commandButton action="#{account.logout}"/>
                    <p:menuitem action="#{legacy.close}"/>
                    <h:commandButton action="#{accountBean.rename}"/>
                </ui:composition>
                """).sources("""
                package app;

                import jakarta.inject.Named;

                @Named("account")
                public class AccountBean {
                    public String logout() {
                        return "login?faces-redirect=true"; // the view's account is this bean: Ajax
                    }

                    // the views write account.logout only (accountBean is no bean's name): no request runs it
                    public String rename() {
                        return "renamed?faces-redirect=true";
                    }
                }
                """, """
                package app;

                import javax.faces.bean.ManagedBean;

                @ManagedBean(name = "legacy")
                public class LegacyBean {
                    public String close() {
                        return "closed?faces-redirect=true"; // p:menuitem, Ajax by default
                    }
                }
                """).check();
    }

    @Test
    void aMethodThatNoViewCanRunIsNoAction() {
        // Generated CRUD beans that no page was written for, and a method of a bean whose views name other members
        // only: no request can run them. A bean a view hands to a template that is not found (#{orderBean} as a
        // ui:param of edit.xhtml) may be called there under another name, so it keeps the postback's finding.
        RuleTester.forRule(NonGet302Rule.ID).configFile("src/main/webapp/orders.xhtml", """
                <ui:composition xmlns:ui="jakarta.faces.facelets" xmlns:h="jakarta.faces.html" template="edit.xhtml">
                    <ui:param name="bean" value="#{orderBean}"/>
                    <h:commandButton action="#{cartBean.checkout}"/>
                </ui:composition>
                """).sources("""
                package app;

                import jakarta.inject.Named;

                @Named
                public class PurchaseOrderBean {
                    public String create() {
                        return "list?faces-redirect=true"; // no view writes purchaseOrderBean
                    }
                }
                """, """
                package app;

                import jakarta.inject.Named;

                @Named
                public class OrderBean {
                    public String create() {
                        return "list?faces-redirect=true"; // finding: OrderBean#create accepts POST
                    }
                }
                """, """
                package app;

                import jakarta.inject.Named;

                @Named
                public class CartBean {
                    public String checkout() {
                        return "done?faces-redirect=true"; // finding: CartBean#checkout accepts POST
                    }

                    public String clear() {
                        return "cart?faces-redirect=true"; // views write cartBean.checkout only, never cartBean alone
                    }
                }
                """).check();
    }

    private static final String CRUD_BEAN = """
            package app;

            import jakarta.inject.Named;

            @Named
            public class %1$s {
                public String create() {
                    return "list?faces-redirect=true"; // %2$s
                }

                public void next() {
                }
            }
            """;

    /** A search page that hands {@code bean} to the template of {@code tag} as {@code paginatorBean}, as CRUD pages do. */
    private static String search(String tag, String bean) {
        return search(tag, "paginatorBean", bean);
    }

    private static String search(String tag, String param, String bean) {
        return """
                <ui:composition xmlns:ui="http://xmlns.jcp.org/jsf/facelets" xmlns:h="http://xmlns.jcp.org/jsf/html"
                                template="/layout/page.xhtml">
                    <ui:define name="content">
                        <h:form>
                            %s
                                <ui:param name="%s" value="#{%s}"/>
                            %s
                        </h:form>
                    </ui:define>
                </ui:composition>
                """.formatted(tag, param, bean, tag.startsWith("<ui:include") ? "</ui:include>" : "</ui:decorate>");
    }

    private static final String PAGE = """
            <html xmlns:ui="http://xmlns.jcp.org/jsf/facelets" xmlns:h="http://xmlns.jcp.org/jsf/html">
                <h:body><ui:insert name="content"/><h:commandButton action="#{menuBean.home}"/></h:body>
            </html>
            """;

    @Test
    void aBeanHandedToATemplateIsRunOnlyByTheMembersTheTemplateWritesOnTheParam() {
        // <ui:include src="/templates/paginator.xhtml"><ui:param name="paginatorBean" value="#{orderBean}"/>:
        // paginatorBean is the bean only where the param is in scope, so the members the views write on
        // paginatorBean are the bean's and no other; the bean is not written on its own for any method. (They are
        // taken from every view: a tag file or composite component inside the template sees the param too.)
        RuleTester.forRule(NonGet302Rule.ID)
                .configFile("src/main/webapp/layout/page.xhtml", PAGE)
                .configFile("src/main/webapp/resources/templates/paginator.xhtml", """
                        <ui:composition xmlns:ui="http://xmlns.jcp.org/jsf/facelets"
                                        xmlns:h="http://xmlns.jcp.org/jsf/html">
                            <h:commandLink rendered="#{paginatorBean.page gt 0}" action="#{paginatorBean.next}"/>
                            <h:outputText value="#{paginatorBean.page + 1} of #{paginatorBean.count}"/>
                        </ui:composition>
                        """)
                .configFile("src/main/webapp/resources/templates/editing.xhtml", """
                        <ui:composition xmlns:ui="http://xmlns.jcp.org/jsf/facelets"
                                        xmlns:h="http://xmlns.jcp.org/jsf/html">
                            <h:commandButton value="New" action="#{editedBean.create}"/>
                        </ui:composition>
                        """)
                .configFile("src/main/webapp/orders/search.xhtml",
                        search("<ui:include src=\"/resources/templates/paginator.xhtml\">", "orderBean"))
                // a ui:decorate's template, resolved beside the view
                .configFile("src/main/webapp/resources/templates/customers.xhtml",
                        search("<ui:decorate template=\"editing.xhtml\">", "editedBean", "customerBean"))
                .configFile("src/main/webapp/resources/templates/lines.xhtml",
                        search("<ui:decorate template=\"paginator.xhtml\">", "lineBean"))
                .sources(CRUD_BEAN.formatted("OrderBean", "the paginator writes paginatorBean.next only"),
                        CRUD_BEAN.formatted("LineBean", "the paginator beside the view, too"),
                        CRUD_BEAN.formatted("CustomerBean", "finding: CustomerBean#create accepts POST"))
                .check();
    }

    @Test
    void aBeanHandedToATemplateThatIsNotFoundOrPassesItOnMayRunAnything() {
        // the template is not among the views read or includes one that is not, some view writes the param on its
        // own (handed on to another template, or pB[name]), or the template includes a file named by an
        // expression: the bean may run any method there. So too a bean the view also writes on its own outside
        // the param. Each bean is handed as a param of its own name; gBean's template keeps to pG.next.
        String paginator = """
                <ui:composition xmlns:ui="http://xmlns.jcp.org/jsf/facelets" xmlns:h="http://xmlns.jcp.org/jsf/html">
                    <h:commandLink action="#{%s.next}"/>
                    %s
                </ui:composition>
                """;
        RuleTester.forRule(NonGet302Rule.ID)
                .configFile("src/main/webapp/layout/page.xhtml", PAGE)
                .configFile("src/main/webapp/templates/nested.xhtml", paginator.formatted("pA",
                        "<ui:include src=\"missing.xhtml\"/>"))
                .configFile("src/main/webapp/templates/passing.xhtml", paginator.formatted("pB",
                        "<ui:include src=\"/templates/clean.xhtml\"><ui:param name=\"pG\" value=\"#{pB}\"/>"
                                + "</ui:include>"))
                .configFile("src/main/webapp/templates/indexed.xhtml", paginator.formatted("pC",
                        "<h:commandLink action=\"#{pC[action]}\"/>"))
                .configFile("src/main/webapp/templates/dynamic.xhtml", paginator.formatted("pD",
                        "<ui:include src=\"/templates/#{menuBean.kind}.xhtml\"/>"))
                .configFile("src/main/webapp/templates/clean.xhtml", paginator.formatted("pG", ""))
                .configFile("src/main/webapp/a.xhtml", search("<ui:include src=\"/templates/nested.xhtml\">", "pA",
                        "aBean"))
                .configFile("src/main/webapp/b.xhtml", search("<ui:include src=\"/templates/passing.xhtml\">", "pB",
                        "bBean"))
                .configFile("src/main/webapp/c.xhtml", search("<ui:include src=\"/templates/indexed.xhtml\">", "pC",
                        "cBean"))
                .configFile("src/main/webapp/d.xhtml", search("<ui:include src=\"/templates/dynamic.xhtml\">", "pD",
                        "dBean"))
                .configFile("src/main/webapp/e.xhtml", search("<ui:include src=\"/templates/clean.xhtml\">", "pG",
                        "eBean").replace("</h:form>", "<h:outputText value=\"#{eBean}\"/></h:form>"))
                .configFile("src/main/webapp/f.xhtml", search("<ui:include src=\"/templates/missing.xhtml\">", "pF",
                        "fBean"))
                .configFile("src/main/webapp/g.xhtml", search("<ui:include src=\"/templates/clean.xhtml\">", "pG",
                        "gBean"))
                .sources(CRUD_BEAN.formatted("ABean", "finding: ABean#create accepts POST"),
                        CRUD_BEAN.formatted("BBean", "finding: BBean#create accepts POST"),
                        CRUD_BEAN.formatted("CBean", "finding: CBean#create accepts POST"),
                        CRUD_BEAN.formatted("DBean", "finding: DBean#create accepts POST"),
                        CRUD_BEAN.formatted("EBean", "finding: EBean#create accepts POST"),
                        CRUD_BEAN.formatted("FBean", "finding: FBean#create accepts POST"),
                        CRUD_BEAN.formatted("GBean", "the template writes pG.next only"))
                .check();
    }

    @Test
    void viewsOfNoKnownPatternAreNotRead() {
        RuleTester.forRule(NonGet302Rule.ID).configFile("docs/orders.xhtml", VIEW).source("""
                import jakarta.inject.Named;

                @Named
                public class OrderBean {
                    public String quickSave() {
                        return "orders?faces-redirect=true"; // finding: OrderBean#quickSave accepts POST
                    }
                }
                """).check();
    }

    @Test
    void aViewActionsRedirectAnswersAGetWhichNoRuleReports() {
        RuleTester.forAllRules().configFile("src/main/webapp/order.xhtml", """
                <html xmlns:f="http://xmlns.jcp.org/jsf/core">
                    <f:metadata><f:viewAction action="#{orderView.load}"/></f:metadata>
                </html>
                """).source("""
                import java.io.IOException;
                import javax.faces.context.FacesContext;
                import javax.inject.Named;

                @Named
                public class OrderView {
                    public void load() throws IOException {
                        FacesContext.getCurrentInstance().getExternalContext().redirect("login.xhtml");
                    }
                }
                """).check();
    }

    @Test
    void followsABeanMethodIntoTheCommandOfACompositeComponent() {
        RuleTester.forRule(NonGet302Rule.ID)
                .configFile("src/main/webapp/resources/form/submit.xhtml", """
                        <html xmlns:cc="http://xmlns.jcp.org/jsf/composite" xmlns:h="http://xmlns.jcp.org/jsf/html"
                              xmlns:f="http://xmlns.jcp.org/jsf/core">
                            <cc:interface>
                                <cc:attribute name="createAction" method-signature="java.lang.Object action()"/>
                                <cc:attribute name="saveAction" targets="save"/>
                            </cc:interface>
                            <cc:implementation>
                                <h:commandButton action="#{cc.attrs.createAction}"><f:ajax render="@form"/></h:commandButton>
                                <h:commandButton id="save" value="Save"/>
                            </cc:implementation>
                        </html>
                        """)
                .configFile("src/main/webapp/students/edit.xhtml", """
                        <html xmlns:form="http://xmlns.jcp.org/jsf/composite/form">
                            <form:submit createAction="#{students.create}" saveAction="#{students.save}"/>
                            <form:missing action="#{students.other}"/>
                        </html>
                        """)
                .source("""
                        import javax.inject.Named;

                        @Named("students")
                        public class StudentsController {
                            public String create() {
                                return "index?faces-redirect=true"; // the component's button is Ajax
                            }

                            public String save() {
                                return "index?faces-redirect=true"; // finding: StudentsController#save accepts POST
                            }

                            public String other() {
                                return "index?faces-redirect=true"; // finding: StudentsController#other accepts POST
                            }
                        }
                        """).check();
    }
}
