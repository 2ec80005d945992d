/**
 * Random identifiers for URLs, secrets for bearer tokens and tickets, and the SHA-256 digests
 * stored in their place. Depends on nothing else in the project.
 */
package net.sellmeapen.security;
