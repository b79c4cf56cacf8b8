/**
 * PIMS's JAX-RS API under {@code /api}: internal calls from the main service on the same host, never from browsers.
 * Each resource admits only loopback callers that present the shared token ({@link dev.pims.web.api.InternalCallers})
 * and reads its report through {@link dev.pims.web.api.InternalCalls}.
 */
package dev.pims.web.api;
