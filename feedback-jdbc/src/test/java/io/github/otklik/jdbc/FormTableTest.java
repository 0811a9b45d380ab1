package io.github.otklik.jdbc;

import io.github.otklik.forms.Form;
import io.github.otklik.forms.FormCatalog;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

import java.sql.Connection;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FormTableTest {
    private static final Instant T = Instant.parse("2025-04-01T09:00:00Z");
    private final Form ext1 = FormCatalog.standard().find("EXT-1", "1").orElseThrow();

    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(TestDatabase.All.class)
    void aTemplateIsSavedOnceAndReadBackEqual(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = kind.create(); Connection c = db.open().connection()) {
            FormTable forms = new FormTable();
            Form own = ext1.copy("AG-1", "1").title("Своя анкета: 'кавычки', \"двойные\" и \\ обратная черта", "Own").build();

            assertThat(forms.save(c, own, T)).isTrue();
            assertThat(forms.save(c, own, T.plusSeconds(60))).isFalse();
            assertThat(forms.all(c)).containsExactly(own);
            assertThat(db.count("forms")).isEqualTo(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(TestDatabase.All.class)
    void aPublishedVersionNeverChanges(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = kind.create(); Connection c = db.open().connection()) {
            FormTable forms = new FormTable();
            forms.save(c, ext1.copy("AG-1", "1").build(), T);

            assertThatThrownBy(() -> forms.save(c, ext1.copy("AG-1", "1").title("Другая", "Other").build(), T))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("AG-1 version 1").hasMessageContaining("never changes");
            assertThat(forms.all(c)).singleElement().extracting(Form::title).isEqualTo(ext1.title());
        }
    }

    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(TestDatabase.All.class)
    void allListsTemplatesByIdThenVersionWhateverTheOrderTheyWereSaved(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = kind.create(); Connection c = db.open().connection()) {
            FormTable forms = new FormTable();
            for (String[] key : new String[][] {{"B", "2"}, {"A", "2"}, {"B", "1"}, {"A", "10"}, {"A", "1"}}) {
                forms.save(c, ext1.copy(key[0], key[1]).build(), T);
            }

            assertThat(forms.all(c)).extracting(Form::key).containsExactly(
                    Form.key("A", "1"), Form.key("A", "10"), Form.key("A", "2"), Form.key("B", "1"), Form.key("B", "2"));
        }
    }
}
