/** What runs when PIMS starts: schema migrations of both stores, and the demo data of {@code ./pims start --demo}. */
package dev.pims.web.setup;
