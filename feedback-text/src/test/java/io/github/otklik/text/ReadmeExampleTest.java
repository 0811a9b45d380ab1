package io.github.otklik.text;

import io.github.otklik.core.channel.Channel;
import io.github.otklik.core.client.Client;
import io.github.otklik.core.client.ClientKind;
import io.github.otklik.core.response.AnswerValue;
import io.github.otklik.core.response.SurveyResponse;
import io.github.otklik.core.text.Language;
import io.github.otklik.forms.FormCatalog;
import io.github.otklik.text.mask.PersonalDataMasker;
import io.github.otklik.text.phrase.Grouping;
import io.github.otklik.text.phrase.PhraseFinder;
import io.github.otklik.text.phrase.PhraseRankings;
import io.github.otklik.text.theme.ThemeAggregator;
import io.github.otklik.text.theme.ThemeCatalog;
import io.github.otklik.text.theme.ThemeFigures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs the README's Java example and checks that the README shows exactly this code. */
class ReadmeExampleTest {
    @Test
    void readmeExampleRuns(@TempDir Path dir) throws Exception {
        Path themesJson = dir.resolve("themes.json");
        Files.writeString(themesJson, "{\"format\": \"otklik-text-themes/1\", \"themes\": [{\"code\": \"fee-payment\","
                + " \"phrases\": [\"оплата госпошлины\", \"госпошлину оплатить\"]}]}");
        List<SurveyResponse> responses = new ArrayList<>();
        String[] comments = {"Не смог оплатить госпошлину", "Оплата госпошлины не проходит", "Огромная очередь", "Всё отлично"};
        for (int i = 0; i < 40; i++) {
            responses.add(SurveyResponse.builder("r-" + i).form("EXT-1", "1").submittedAt(Instant.parse("2025-02-01T10:00:00Z"))
                    .agency("ag").process("svc-1").channel(Channel.EPGU).client(Client.of(ClientKind.EXTERNAL))
                    .answer("used", AnswerValue.of("yes")).answer("overall", AnswerValue.of(i % 4 == 3 ? 5 : 2))
                    .answer("comment", AnswerValue.of(comments[i % 4])).build());
        }
        // README example begins
        ThemeCatalog themes = ThemeCatalog.standard().extendedWith(ThemeCatalog.load(themesJson));
        List<TextItem> items = new ArrayList<>();
        for (SurveyResponse r : responses) items.addAll(TextItems.fromResponse(r, FormCatalog.standard()));
        ThemeFigures figures = ThemeAggregator.builder(themes).build().count(items);
        figures.process("svc-1").ifPresent(c -> c.counts().forEach(t -> System.out.println(t.code() + ": " + t.x() + " of " + t.n())));
        PhraseRankings phrases = PhraseFinder.builder(Language.RU).grouping(Grouping.PROCESS).build().rank(items);
        phrases.process("svc-1").ifPresent(r -> r.phrases().forEach(p -> System.out.println(p.text().label() + " " + p.figures().score())));
        System.out.println(PersonalDataMasker.of(Language.RU).mask("звоните 8 916 123-45-67").text()); // звоните [телефон]
        // README example ends
        assertThat(figures.process("svc-1").orElseThrow().x("fee-payment")).isEqualTo(20);
        assertThat(figures.process("svc-1").orElseThrow().x("queue")).isEqualTo(10);
        assertThat(phrases.process("svc-1").orElseThrow().phrases()).extracting(p -> p.text().label()).contains("госпошлину");
    }

    @Test
    void readmeShowsThisCode() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        Matcher m = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertThat(m.find()).as("README has a java block").isTrue();
        String source = Files.readString(Path.of("src/test/java/io/github/otklik/text/ReadmeExampleTest.java"));
        String between = source.substring(source.indexOf("// README example begins\n") + "// README example begins\n".length(),
                source.indexOf("        // README example ends"));
        assertThat(normalize(m.group(1))).isEqualTo(normalize(between));
        assertThat(between.lines().filter(l -> !l.isBlank()).count()).isLessThanOrEqualTo(10);
    }

    private static String normalize(String code) {
        return code.lines().map(String::strip).filter(l -> !l.isEmpty()).reduce("", (a, b) -> a + b + "\n");
    }
}
