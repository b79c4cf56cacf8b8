/**
 * The export behind the audited interface: the parts as tables ({@code DataTable}), each written as JSON and as CSV
 * into one ZIP ({@code MyDataZip}).
 */
package dev.pims.rights.internal;
