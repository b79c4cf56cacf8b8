/**
 * The consent module's Java migrations on PostgreSQL, beside its scripts ({@code db/postgresql/operational/consent}):
 * the same migrations as Derby's, each in its place in the module's history.
 */
package db.postgresql.operational.consent;
