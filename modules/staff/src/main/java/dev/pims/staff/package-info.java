/**
 * Staff of the operator (policy §7B): accounts apart from member accounts, one per person, each with its own
 * password and the roles that limit what it may reach.
 */
package dev.pims.staff;
