/**
 * The stores' ground floor: {@link dev.pims.store.StoreSchema} assembles each store's schema from the migrations the
 * modules carry, and {@link dev.pims.store.SchemaMigration} runs it before any other start-up bean; those name it in
 * their {@code @DependsOn}. {@link dev.pims.store.StoreVendor} tells the database product a store runs on, for the few
 * statements whose form differs between Derby and PostgreSQL.
 */
package dev.pims.store;
