/**
 * Members and their personal data (policy §1B, §2A(1), §5, §11): sign-up with e-mail verification, the member's
 * own view and modification of their data, and withdrawal. Service interfaces carry the Bean Validation contract;
 * forms are classes with getters and setters, because Faces inputs write into them; what pages only read are
 * records, which EL reads by their components.
 */
package dev.pims.membership;
