/**
 * Voice practice: one-time tickets, the browser's WebSocket ({@code VoiceGateway}), and per call a
 * {@code VoiceSession} that proxies to an OpenAI Realtime (GA) endpoint over a Java-WebSocket
 * client, sets the buyer persona itself, relays audio both ways, stores both sides' transcripts in
 * order ({@code TurnRecorder}), records the buyer's decision ({@code BuyerDecision}) and enforces
 * the limits.
 */
package net.sellmeapen.voice;
