/**
 * Members and their personal data (policy §1B, §2A(1), §5, §11): sign-up with e-mail verification, the member's
 * own view and modification of their data, and withdrawal. Service interfaces carry the Bean Validation contract;
 * forms and views are classes with getters, because Faces pages bind to them.
 */
package dev.pims.membership;
