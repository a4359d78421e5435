package it.common.util;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

public final class WebUtils {

    private WebUtils() {
    }

    public static void redirectHome(HttpServletResponse response) throws IOException {
        response.sendRedirect("/");
    }
}
