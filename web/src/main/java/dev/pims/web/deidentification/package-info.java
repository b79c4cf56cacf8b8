/** The privacy officer's de-identified datasets for improving the AI service (policy §1A, §3D), read by the auditors. */
package dev.pims.web.deidentification;
