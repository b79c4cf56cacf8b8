/**
 * The privacy policy's pages (policy §13, §14): the version in force on {@code /policy}, every published version on
 * {@code /policy/versions}, any two side by side on {@code /policy/compare}, and the privacy officer's drafting and
 * publishing on {@code /admin/policy}.
 */
package dev.pims.web.policy;
