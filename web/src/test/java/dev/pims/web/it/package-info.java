/**
 * Integration tests against the real thing: PIMS deployed on Payara Micro by Arquillian, embedded Derby read over
 * its network server, GreenMail as the SMTP server, and Debian's Chromium driven by Selenium.
 */
package dev.pims.web.it;
