package it.shop;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** CRLF line endings and tabs, kept by the fix. */
public class LoginServlet extends HttpServlet {
	@Override
	protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
		if (req.getParameter("user") == null) {
			resp.setStatus(HttpServletResponse.SC_FOUND);
			resp.setHeader("Location", "/login");
			return;
		}
		resp.sendRedirect(req.getContextPath() + "/home");
	}
}
