/**
 * The usage module's test support, published as its test-jar: the service-usage records a member has
 * ({@link dev.pims.usage.testing.UsageStore}).
 */
package dev.pims.usage.testing;
