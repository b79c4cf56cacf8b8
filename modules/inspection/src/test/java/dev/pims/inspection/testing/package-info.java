/**
 * The inspection module's test support, published as its test-jar: the only way a test elsewhere reads the monthly
 * inspections' tables ({@link dev.pims.inspection.testing.InspectionStore}).
 */
package dev.pims.inspection.testing;
