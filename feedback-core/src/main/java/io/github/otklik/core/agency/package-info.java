/** Agencies (органы власти) that run a feedback system. */
package io.github.otklik.core.agency;
