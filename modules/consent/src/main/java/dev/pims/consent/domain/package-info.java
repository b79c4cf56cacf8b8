/** The consent record and its store. Records are only ever added: the history is the proof of consent. */
package dev.pims.consent.domain;
