package dev.pims.web.it;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import java.net.URL;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What every test from the outside shares: PIMS deployed as {@code ./pims start} deploys it, one server for all such
 * classes ({@link SharedPims}), the address it answers at, and GreenMail on 127.0.0.1:3025 as the SMTP server it sends
 * to.
 */
@ExtendWith(SharedPims.class)
abstract class PimsInBrowserTest {

    @RegisterExtension
    static final GreenMailExtension MAIL =
            new GreenMailExtension(new ServerSetup(3025, "127.0.0.1", "smtp")).withPerMethodLifecycle(false);

    /** Where the shared server answers; the instance of each test is made after the server has started. */
    final URL base = SharedPims.base();
}
