/**
 * The key ring's test support, published as its test-jar: {@link dev.pims.keyring.testing.KeyRingStore} opens and
 * seals values as a server on a data dir does, for the fixtures of the modules whose tables hold sealed values;
 * {@link dev.pims.keyring.testing.TestKeyRing} is a key ring of fresh keys for unit tests.
 */
package dev.pims.keyring.testing;
