/**
 * The backing beans of the pages of a child's legal representative (policy §9, §11): consent or refusal by the link of
 * the sign-up's mail, the public page where a representative asks for a link to act for the child, and the page of that
 * link (view, correct, withdraw). The representative is never signed in; every page works by a one-time link.
 */
package dev.pims.web.guardian;
