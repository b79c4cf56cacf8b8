package dev.pims.web.it;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Test only: {@code GET /test/system-property?name=...&value=...} sets a system property of the server as an operator
 * would at run time (without {@code value} it clears it), for settings PIMS reads at each request, such as the staff
 * console's address allow-list. Use it through {@link ServerControls}.
 */
@WebServlet(urlPatterns = SystemPropertyServlet.PATH)
public class SystemPropertyServlet extends HttpServlet {

    static final String PATH = "/test/system-property";
    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getParameter("name");
        String value = request.getParameter("value");
        if (value == null) {
            System.clearProperty(name);
        } else {
            System.setProperty(name, value);
        }
        response.setContentType("text/plain");
        response.getWriter().print(name + "=" + System.getProperty(name, ""));
    }
}
