/**
 * Bench only, never in the product WAR: a servlet that fills the stores with members about to become dormant and
 * times the product's dormancy jobs against hand-written SQL inside the server (./pims bench-dormancy).
 */
package dev.pims.bench.dormancy;
