package it.shop;

import jakarta.servlet.http.*;

public class LoginServlet extends HttpServlet {
	@Override
	protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {
		resp.sendRedirect("/home");
	}
}