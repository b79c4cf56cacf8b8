/** The consent services behind the audited interfaces, and the recording of the consents given at sign-up. */
package dev.pims.consent.internal;
