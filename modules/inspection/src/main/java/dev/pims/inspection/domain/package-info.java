/** The inspection report, its flags and per-actor counts, and where reports are kept. */
package dev.pims.inspection.domain;
