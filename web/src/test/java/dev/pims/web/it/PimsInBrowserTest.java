package dev.pims.web.it;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What every test from the outside shares: PIMS deployed as {@code ./pims start} deploys it, the address it answers
 * at, and GreenMail on 127.0.0.1:3025 as the SMTP server it sends to. Arquillian 1.8 injects {@link #base} while a
 * {@code @BeforeEach} runs, so each subclass has one.
 */
@ExtendWith({PreviousServerGone.class, ArquillianExtension.class})
abstract class PimsInBrowserTest {

    @RegisterExtension
    static final GreenMailExtension MAIL =
            new GreenMailExtension(new ServerSetup(3025, "127.0.0.1", "smtp")).withPerMethodLifecycle(false);

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive pims() {
        return PimsDeployment.war();
    }
}
