/**
 * The inquiry case and its replies, and their repository. A case is changed only by the privacy officer's queue and
 * destroyed, with its replies, three years after it was closed.
 */
package dev.pims.inquiry.domain;
