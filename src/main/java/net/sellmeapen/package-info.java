/**
 * Sell Me A Pen: {@link net.sellmeapen.Main} reads the {@link net.sellmeapen.Config} and starts the
 * {@link net.sellmeapen.Application}, the one place that knows every feature and wires them by hand.
 */
package net.sellmeapen;
