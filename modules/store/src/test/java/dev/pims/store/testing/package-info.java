/**
 * The store module's test support, published as its test-jar: how a test reaches a store ({@link
 * dev.pims.store.testing.StoreConnection}, {@link dev.pims.store.testing.StoreConnections}) or makes one of its own
 * ({@link dev.pims.store.testing.EmbeddedStore}). It names no table: each
 * module's own {@code testing} package reads and writes the tables that module owns, so that a change of a table
 * touches that module and no test elsewhere.
 */
package dev.pims.store.testing;
