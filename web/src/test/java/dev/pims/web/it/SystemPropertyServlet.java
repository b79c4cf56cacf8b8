package dev.pims.web.it;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Test only: {@code GET /test/system-property?name=...&value=...} sets a system property of the server as an operator
 * would at run time (without {@code value} it clears it), for settings PIMS reads at each request, such as the staff
 * console's address allow-list; {@code GET /test/system-property?putBack} gives every property changed so far its
 * value from before the first change, so that a server shared by many test classes leaves each the settings it
 * started with. Use it through {@link ServerControls}.
 */
@WebServlet(urlPatterns = SystemPropertyServlet.PATH)
public class SystemPropertyServlet extends HttpServlet {

    static final String PATH = "/test/system-property";
    static final String PUT_BACK = "putBack";
    private static final long serialVersionUID = 1L;

    /** Each property changed through this servlet, with its value (or none) before the first change. */
    private static final Map<String, Optional<String>> BEFORE_THE_CHANGES = new ConcurrentHashMap<>();

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain");
        if (request.getParameter(PUT_BACK) != null) {
            BEFORE_THE_CHANGES.forEach(SystemPropertyServlet::set);
            response.getWriter().print(BEFORE_THE_CHANGES.size() + " system properties put back");
            BEFORE_THE_CHANGES.clear();
            return;
        }
        String name = request.getParameter("name");
        BEFORE_THE_CHANGES.putIfAbsent(name, Optional.ofNullable(System.getProperty(name)));
        set(name, Optional.ofNullable(request.getParameter("value")));
        response.getWriter().print(name + "=" + System.getProperty(name, ""));
    }

    private static void set(String name, Optional<String> value) {
        value.ifPresentOrElse(given -> System.setProperty(name, given), () -> System.clearProperty(name));
    }
}
