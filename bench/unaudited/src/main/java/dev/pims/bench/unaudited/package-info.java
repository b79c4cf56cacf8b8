/**
 * What turns the product WAR into the bench-only pims-unaudited.war: a CDI extension that takes the audit interceptor
 * out. Nothing here may ever reach the product.
 */
package dev.pims.bench.unaudited;
