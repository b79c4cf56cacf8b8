package dev.pims.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The JAX-RS application: every resource of {@link dev.pims.web.api} answers under {@code /api}. */
@ApplicationPath("/api")
public class PimsApi extends Application {}
