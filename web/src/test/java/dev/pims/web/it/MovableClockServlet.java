package dev.pims.web.it;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

/**
 * Test only: {@code GET /test/clock?offset=P91D} moves the server's {@link MovableClock} that far ahead of real time
 * ({@code offset=PT0S} puts it back) and answers with the server's time. Use it through {@link ServerControls}.
 */
@WebServlet(urlPatterns = MovableClockServlet.PATH)
public class MovableClockServlet extends HttpServlet {

    static final String PATH = "/test/clock";
    private static final long serialVersionUID = 1L;

    @Inject
    private MovableClock movable;

    @Inject
    private Clock clock;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String offset = request.getParameter("offset");
        if (offset != null) {
            movable.moveTo(Duration.parse(offset));
        }
        response.setContentType("text/plain");
        response.getWriter().print(clock.instant());
    }
}
