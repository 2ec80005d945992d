/**
 * What operators watch: liveness and readiness checks on both servers, and the Prometheus metrics
 * the admin server serves. The checks and meters are given by the composition root; this package
 * knows no feature.
 */
package net.sellmeapen.ops;
