/**
 * The stores' ground floor: {@link dev.pims.store.SchemaMigration} migrates the operational and the separated store
 * from every migration on the class path before any other start-up bean runs; those name it in their
 * {@code @DependsOn}.
 */
package dev.pims.store;
