package it.owners;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/** The status each request gets is the build's: 302 before the fix, 303 after it; all else is the same. */
class OwnerControllerTest {

    private final int redirectStatus = Integer.getInteger("expected.status");
    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new OwnerController()).build();

    @Test
    void aSavedOwnerIsRedirectedWithItsFlashMessageAndQuery() throws Exception {
        mvc.perform(post("/owners/new").param("name", "Ada"))
                .andExpect(status().is(redirectStatus))
                .andExpect(redirectedUrl("/owners/3?source=form"))
                .andExpect(flash().attribute("message", "New owner created"));
    }

    @Test
    void aWrongInputGetsTheFormAgainWithItsModel() throws Exception {
        mvc.perform(post("/owners/new").param("name", " "))
                .andExpect(status().isOk())
                .andExpect(view().name("owners/form"))
                .andExpect(model().attribute("error", "name is required"));
    }

    @Test
    void anUpdateIsRedirectedToTheOwnerAndAWrongOneRendersTheForm() throws Exception {
        mvc.perform(put("/owners/7").param("name", "Bo"))
                .andExpect(status().is(redirectStatus))
                .andExpect(redirectedUrl("/owners/7"));
        mvc.perform(put("/owners/7").param("name", ""))
                .andExpect(status().isOk())
                .andExpect(view().name("owners/form"));
    }
}
