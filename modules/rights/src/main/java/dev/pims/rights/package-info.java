/**
 * The member's rights over their data (policy §5, §11): everything PIMS holds about the signed-in member, the consent
 * history, the provisions to third parties and who accessed their data, as one ZIP of JSON and CSV files
 * ({@link dev.pims.rights.MyDataExport}). It owns no tables: each module gives what it holds of the calling member
 * through its own audited API, and this module puts the parts together.
 */
package dev.pims.rights;
