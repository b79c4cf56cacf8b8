/**
 * The data keys as the store keeps them: wrapped by the master key, each with its id and the fingerprint of the master
 * key that wrapped it; and their repository.
 */
package dev.pims.keyring.domain;
