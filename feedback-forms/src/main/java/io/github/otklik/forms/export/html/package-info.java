/**
 * Printable HTML questionnaires for the {@code PAPER} channel: self-contained A4 pages with check
 * boxes, scale boxes, ruled answer lines and skip instructions written out in words.
 */
package io.github.otklik.forms.export.html;
