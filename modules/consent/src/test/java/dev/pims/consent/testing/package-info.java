/**
 * The consent module's test support, published as its test-jar: the only way a test elsewhere reads the consent
 * records ({@link dev.pims.consent.testing.ConsentStore}).
 */
package dev.pims.consent.testing;
