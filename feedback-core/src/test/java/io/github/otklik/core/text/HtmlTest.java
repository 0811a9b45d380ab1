package io.github.otklik.core.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

class HtmlTest {
    @Test
    void escapesTheFiveSpecialCharacters() {
        assertThat(Html.escape("<script>alert(1)</script>")).isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(Html.escape("\" onmouseover=\"x")).isEqualTo("&quot; onmouseover=&quot;x");
        assertThat(Html.escape("it's & <b>")).isEqualTo("it&#39;s &amp; &lt;b&gt;");
        assertThat(Html.escape("&amp;")).isEqualTo("&amp;amp;");
    }

    @Test
    void leavesOtherTextAlone() {
        String text = "Затрудняюсь ответить — «да» 😀 1 + 2 = 3";
        assertThat(Html.escape(text)).isSameAs(text);
        assertThat(Html.escape("")).isEmpty();
    }

    @Test
    void escapedTextHasNoSpecialCharactersLeftAndUnescapesBack() {
        qt().forAll(strings().allPossible().ofLengthBetween(0, 40)).checkAssert(s -> {
            String e = Html.escape(s);
            assertThat(e).doesNotContain("<", ">", "\"", "'");
            assertThat(e.replaceAll("&(?!amp;|lt;|gt;|quot;|#39;)", "")).isEqualTo(e);
            String back = e.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                    .replace("&amp;", "&");
            assertThat(back).isEqualTo(s);
        });
    }
}
