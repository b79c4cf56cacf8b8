package db.postgresql.operational.consent;

/**
 * The consent module's V6 on PostgreSQL: the same first published policy version as on Derby, by the same statement
 * (it is standard SQL), found here because Flyway takes a store's migrations from the product's own location.
 */
public class V6__first_policy_version extends db.operational.consent.V6__first_policy_version {}
