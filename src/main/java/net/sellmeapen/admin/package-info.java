/**
 * The admin panel on its own port: a token filter in front of every route, Pebble pages for
 * sessions, transcripts, trainees, statistics (inline SVG) and leaderboards, their JSON twins,
 * CSV and JSON exports, and the two actions an admin needs.
 */
package net.sellmeapen.admin;
