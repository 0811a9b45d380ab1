/** Free text analysis. */
package io.github.otklik.text;
