/**
 * Marketing e-mail (policy §1D): only to members whose optional consent to it is live when each mail is written, and
 * that consent brought back to each member's mind every two years (Network Act Art. 50(8)). The privacy officer's
 * newsletters, the jobs' names and the page the mails link to live here.
 */
package dev.pims.marketing;
