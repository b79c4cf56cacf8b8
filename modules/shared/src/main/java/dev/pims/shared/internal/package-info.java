/**
 * Producers for the shared kernel: the system clock that every context injects, so that tests can move time.
 */
package dev.pims.shared.internal;
