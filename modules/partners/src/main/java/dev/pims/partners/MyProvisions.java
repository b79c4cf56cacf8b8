package dev.pims.partners;

import java.util.List;

/**
 * A signed-in member's own provisions (policy §3, §5): which partner or authority received which items when, newest
 * first; a provision to an authority only where the law allows telling, and from when it allows it. Acts on the calling
 * member only.
 */
public interface MyProvisions {

    List<ProvisionView> viewMine();
}
