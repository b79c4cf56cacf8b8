package dev.pims.audit.internal;

import dev.pims.audit.ActorRole;

/** Who is calling, as an access record names them. {@code memberId} is set only for a signed-in member. */
record Actor(String id, ActorRole role, String clientAddress, Long memberId) {}
