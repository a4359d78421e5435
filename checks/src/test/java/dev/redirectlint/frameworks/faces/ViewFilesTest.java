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
