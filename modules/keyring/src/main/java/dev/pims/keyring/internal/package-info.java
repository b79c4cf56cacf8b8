/**
 * The key ring behind its interface: AES-256-GCM, the sealed form, the master key and where it comes from, the data
 * keys in memory and in the store, and the offline rotation that {@code ./pims keys rotate} runs.
 */
package dev.pims.keyring.internal;
