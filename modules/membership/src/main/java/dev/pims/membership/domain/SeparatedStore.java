package dev.pims.membership.domain;

/** The separated database (policy §6A). Data enters it only to wait for destruction. */
public interface SeparatedStore {

    void keep(SeparatedMember member);
}
