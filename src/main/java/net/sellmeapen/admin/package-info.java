/**
 * The admin panel on its own port: {@code AdminTokenFilter} in front of every route,
 * {@code AdminPages} (Pebble pages for sessions, transcripts, trainees, statistics as inline SVG and
 * leaderboards, and the forms that change things) and {@code AdminApi} (their JSON twins and the
 * CSV and JSON exports), reading through {@code AdminRepository} and {@code AdminStatistics} and
 * changing through {@code Moderation}. Never touches voice.
 */
package net.sellmeapen.admin;
