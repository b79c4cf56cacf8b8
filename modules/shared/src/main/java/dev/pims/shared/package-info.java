/**
 * The shared kernel: the policy's own vocabulary (data categories, consent purposes), password hashing, and the
 * facts about the current request that every bounded context needs. No persistence and no user-interface code here.
 */
package dev.pims.shared;
