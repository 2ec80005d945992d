/**
 * What both HTTP servers share: the server factory with its limits and security headers, the one
 * error shape and the mapping of failures to statuses, strict JSON bodies, and random ids and
 * secrets.
 */
package net.sellmeapen.web;
