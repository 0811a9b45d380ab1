/** Tested examples of embedding Otklik in an agency's systems. */
package io.github.otklik.examples;
