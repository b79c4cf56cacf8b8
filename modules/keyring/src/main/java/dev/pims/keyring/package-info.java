/**
 * The key ring (docs/architecture.md, "The key ring"): what a module keeps secret at rest it seals through
 * {@link dev.pims.keyring.KeyRing} before it writes it, and opens after it reads it back; the sealed form names the key
 * that sealed it, so that keys can rotate.
 */
package dev.pims.keyring;
