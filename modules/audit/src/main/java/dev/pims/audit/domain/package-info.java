/**
 * The access record and its store. The store only appends: there is no update or delete path in code, and the
 * database itself refuses UPDATE and DELETE on the access-record tables.
 */
package dev.pims.audit.domain;
