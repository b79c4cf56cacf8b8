/** The privacy officer's newsletters (policy §1D): written in Korean and English, sent to the members who consent. */
package dev.pims.web.marketing;
