/**
 * Integration tests against the real thing: PIMS on Payara Micro (one server shared by the tests from the outside,
 * {@link dev.pims.web.it.SharedPims}; a server of their own deployed by Arquillian for the tests inside it, or started
 * by {@code ./pims} for restarts), embedded Derby read over its network server through each module's test support
 * ({@code dev.pims.<context>.testing}), GreenMail as the SMTP server, and Debian's Chromium driven by Selenium.
 */
package dev.pims.web.it;
