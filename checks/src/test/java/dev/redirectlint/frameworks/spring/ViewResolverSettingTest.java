package dev.redirectlint.frameworks.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redirectlint.fix.ProjectFix;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ViewResolverSettingTest {

    @Test
    void addsThePropertyToEachResolverBeanOnce() {
        String before = """
                <beans>
                    <bean class="org.springframework.web.servlet.view.InternalResourceViewResolver">
                        <property name="prefix" value="/WEB-INF/jsp/"/>
                    </bean>
                    <bean id="tiles" class="org.springframework.web.servlet.view.UrlBasedViewResolver"/>
                    <bean class="org.springframework.web.servlet.view.ContentNegotiatingViewResolver"/>
                    <bean class="org.thymeleaf.spring6.view.ThymeleafViewResolver">
                        <property name="redirectHttp10Compatible" value="false"/>
                    </bean>
                </beans>
                """;
        String after = """
                <beans>
                    <bean class="org.springframework.web.servlet.view.InternalResourceViewResolver">
                        <property name="redirectHttp10Compatible" value="false"/>
                        <property name="prefix" value="/WEB-INF/jsp/"/>
                    </bean>
                    <bean id="tiles" class="org.springframework.web.servlet.view.UrlBasedViewResolver">
                        <property name="redirectHttp10Compatible" value="false"/>
                    </bean>
                    <bean class="org.springframework.web.servlet.view.ContentNegotiatingViewResolver"/>
                    <bean class="org.thymeleaf.spring6.view.ThymeleafViewResolver">
                        <property name="redirectHttp10Compatible" value="false"/>
                    </bean>
                </beans>
                """;
        assertThat(ViewResolverSetting.withProperty(before)).isEqualTo(after);
        assertThat(ViewResolverSetting.withProperty(after)).isEqualTo(after);
    }

    @TempDir
    Path dir;

    @Test
    void theConfigurationClassGoesBesideTheApplicationInItsPackageAndIndentation() throws IOException {
        Path application = Files.writeString(dir.resolve("ShopApplication.java"), "package shop;\n\n"
                + "@org.springframework.boot.autoconfigure.SpringBootApplication\npublic class ShopApplication {\n"
                + "\tpublic static void main(String[] args) {\n\t}\n}\n");
        ProjectFix.Planned planned = new ViewResolverSetting().plan(List.of(application), List.of(),
                StandardCharsets.UTF_8);
        assertThat(planned.refusal()).isNull();
        ProjectFix.Change created = planned.changes().get(0);
        assertThat(created.original()).isNull();
        assertThat(created.file()).isEqualTo(dir.resolve("SeeOtherRedirects.java"));
        assertThat(created.fixed()).startsWith("package shop;\n")
                .contains("\n\t@Bean\n\tstatic BeanPostProcessor seeOtherRedirectViews() {\n")
                .doesNotContain("    ");
    }
}
