package dev.redirectlint.fix;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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
}
