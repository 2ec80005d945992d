/**
 * Voice practice: one-time tickets, the browser's WebSocket, and a proxy to an OpenAI Realtime
 * (GA) endpoint over a Java-WebSocket client that sets the buyer persona itself, relays audio both
 * ways, records both sides as turns and the buyer's decision, and enforces limits.
 */
package net.sellmeapen.voice;
