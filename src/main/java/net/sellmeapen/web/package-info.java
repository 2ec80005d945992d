/**
 * What both HTTP servers share, and the only place that knows HTTP statuses: the server factory
 * with its limits and security headers, the mapping of every domain exception to its status and the
 * one error body, strict JSON bodies, and query parameters read with Javalin's validators.
 */
package net.sellmeapen.web;
