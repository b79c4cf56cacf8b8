/**
 * The consent module's Java migrations of the operational store, found by Flyway in the same location as its SQL
 * scripts ({@code db/operational/consent}): only where a script cannot do the work, such as reading a text resource.
 */
package db.operational.consent;
