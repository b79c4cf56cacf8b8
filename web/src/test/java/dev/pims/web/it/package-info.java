/**
 * Integration tests against the real thing: PIMS deployed on Payara Micro by Arquillian, embedded Derby read over
 * its network server through each module's test support ({@code dev.pims.<context>.testing}), GreenMail as the SMTP
 * server, and Debian's Chromium driven by Selenium.
 */
package dev.pims.web.it;
