/**
 * The buyer a trainee sells to: the offline {@link net.sellmeapen.buyer.ScriptedBuyer}, a
 * deterministic dialogue engine with eight hidden buyer profiles and a temperament per difficulty.
 */
package net.sellmeapen.buyer;
