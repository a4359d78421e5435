package it.orders;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockServletContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.support.AnnotationConfigWebApplicationContext;

/** The application as it runs, with its configuration scanned: whatever the fix adds there takes part. */
class OrderControllerTest {

    private final int redirectStatus = Integer.getInteger("expected.status");
    private final AnnotationConfigWebApplicationContext context = new AnnotationConfigWebApplicationContext();

    private MockMvc mvc() {
        context.register(WebConfig.class);
        context.setServletContext(new MockServletContext());
        context.refresh();
        return MockMvcBuilders.webAppContextSetup(context).build();
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void aCreatedOrderIsRedirectedWithItsFlashAttribute() throws Exception {
        mvc().perform(post("/orders"))
                .andExpect(status().is(redirectStatus))
                .andExpect(redirectedUrl("/orders"))
                .andExpect(flash().attribute("created", true));
    }

    @Test
    void aDeletedOrderIsRedirectedToTheList() throws Exception {
        mvc().perform(delete("/orders/4"))
                .andExpect(status().is(redirectStatus))
                .andExpect(redirectedUrl("/orders"));
    }
}
