/**
 * How callers are authenticated and requests are guarded: the member identity store, the form mechanism,
 * security headers and the request origin every access record names, the client behind a trusted proxy included.
 */
package dev.pims.web.security;
