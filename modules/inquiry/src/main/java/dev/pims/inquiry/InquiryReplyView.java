package dev.pims.inquiry;

import java.io.Serializable;
import java.time.LocalDateTime;

/** One reply of the privacy officer as the member and the officer read it. */
public record InquiryReplyView(LocalDateTime sentAt, String text) implements Serializable {}
