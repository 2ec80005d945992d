/**
 * Trainees: registration with a name and an optional email, a bearer token shown once and stored
 * only as its SHA-256 hash, and the check that recognises the caller of every trainee endpoint.
 */
package net.sellmeapen.trainee;
