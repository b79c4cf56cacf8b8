/**
 * The backing beans of the third-party pages (policy §3A–C) under {@code /admin/partners}: the registry, which the
 * privacy officer keeps and the auditors read, the provision to a partner and the provisions the law requires, the
 * privacy officer's only. The member's own page is with the member's pages ({@code web.member.MyProvisionsPage}).
 */
package dev.pims.web.partners;
