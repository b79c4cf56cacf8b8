/** How an inspection is made: the flagging rules, the service, the monthly timer, the CSV and PDF renderings. */
package dev.pims.inspection.internal;
