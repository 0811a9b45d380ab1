/** Operations: the feedback store's health indicator and the intake's Micrometer meters. */
package io.github.otklik.spring.actuate;
