/** Channels (каналы) and sources (источники) of feedback, seeds 001 and 004. */
package io.github.otklik.core.channel;
