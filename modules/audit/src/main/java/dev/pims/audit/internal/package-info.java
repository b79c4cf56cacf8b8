/**
 * The audit interceptor and the writers behind it: who the actor is, which subjects a call touched, and the
 * transaction each access record is written in.
 */
package dev.pims.audit.internal;
