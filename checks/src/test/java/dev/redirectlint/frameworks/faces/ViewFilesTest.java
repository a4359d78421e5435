package dev.redirectlint.frameworks.faces;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ViewFilesTest {

    @TempDir
    Path directory;

    @Test
    void readsNoExternalEntity() throws IOException {
        Path secret = Files.writeString(directory.resolve("secret.txt"), "#{bean.leaked}");
        Path view = Files.writeString(directory.resolve("view.xhtml"), """
                <?xml version="1.0"?>
                <!DOCTYPE html [<!ENTITY e SYSTEM "%s">]>
                <html xmlns:h="jakarta.faces.html">
                    <h:commandButton action="&e;"/>
                    <h:commandButton action="#{bean.save}"/>
                </html>
                """.formatted(secret.toUri()));
        FacesViews views = (FacesViews) ViewFiles.read(List.of(view)).orElseThrow();
        assertThat(views.calls("bean", "leaked")).isEmpty();
        assertThat(views.calls("bean", "save")).isEqualTo(Set.of(ViewCall.FULL_POSTBACK));
    }

    @Test
    void aViewThatInvokesNoBeanMethodTellsNothing() throws IOException {
        Path view = Files.writeString(directory.resolve("plain.xhtml"), "<html><h:outputText value=\"#{bean.name}\"/></html>");
        assertThat(ViewFiles.read(List.of(view, directory.resolve("missing.xhtml")))).isEmpty();
    }

    @Test
    void aTemplateIsFoundByItsPathBelowTheDocumentRoot() throws IOException {
        Path root = directory.resolve("src/main/webapp");
        Files.createDirectories(root.resolve("orders"));
        Files.createDirectories(root.resolve("templates"));
        Path view = Files.writeString(root.resolve("orders/search.xhtml"), """
                <html xmlns:ui="jakarta.faces.facelets" xmlns:h="jakarta.faces.html">
                    <h:commandButton action="#{menu.home}"/>
                    <ui:include src="../templates/./pager.xhtml"><ui:param name="pager" value="#{orders}"/></ui:include>
                    <ui:include src="../../pager.xhtml"><ui:param name="pager" value="#{outside}"/></ui:include>
                </html>
                """);
        Path template = Files.writeString(root.resolve("templates/pager.xhtml"), """
                <ui:composition xmlns:ui="jakarta.faces.facelets">#{pager.next}</ui:composition>
                """);
        FacesViews views = (FacesViews) ViewFiles.read(List.of(view, template)).orElseThrow();
        assertThat(views.cannotRun("orders", "next")).isFalse();
        assertThat(views.cannotRun("orders", "create")).isTrue();
        // a path above the document root names no view: the bean may run anything
        assertThat(views.cannotRun("outside", "create")).isFalse();
    }

    @Test
    void anActionArgumentAndAnOutcomeAreTold() {
        assertThat(MethodExpressions.parse("#{orders.remove(item, 'x')}"))
                .contains(new MethodExpressions.BeanMethod("orders", "remove"));
        assertThat(MethodExpressions.parse("list?faces-redirect=true")).isEmpty();
        assertThat(MethodExpressions.parse("#{cc.attrs.action}")).isEmpty();
        assertThat(MethodExpressions.parse("#{a ? b.c : d.e}")).isEmpty();
    }

    @Test
    void anHtml5FriendlyButtonSubmitsTheForm() throws IOException {
        Path view = Files.writeString(directory.resolve("friendly.xhtml"), """
                <html xmlns:jsf="jakarta.faces" xmlns:f="jakarta.faces.core">
                    <button jsf:action="#{bean.save}">Save</button>
                    <button jsf:action="#{bean.quick}"><f:ajax/></button>
                </html>
                """);
        FacesViews views = (FacesViews) ViewFiles.read(List.of(view)).orElseThrow();
        assertThat(views.calls("bean", "save")).isEqualTo(Set.of(ViewCall.FULL_POSTBACK));
        assertThat(views.calls("bean", "quick")).isEqualTo(Set.of(ViewCall.AJAX));
    }
}
