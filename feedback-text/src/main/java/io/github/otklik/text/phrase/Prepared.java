package io.github.otklik.text.phrase;

import io.github.otklik.text.TextItem;
import io.github.otklik.text.mask.MaskedText;
import io.github.otklik.text.normalize.AnalyzedText;

/** One item as both passes see it: its group, the group's hash, the analysed text and its mask. */
record Prepared(TextItem item, String group, long groupHash, AnalyzedText text, MaskedText mask) {
}
