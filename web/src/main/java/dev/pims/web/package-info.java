/**
 * The web application that assembles the bounded contexts: Faces backing beans, security, request handling and
 * start-up. It reaches personal data only through the audited services of the modules.
 */
package dev.pims.web;
