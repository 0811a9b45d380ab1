package io.github.otklik.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Input files with phrases planted in known numbers of texts, for end-to-end runs of the CLI on the
 * standard forms: responses to {@code EXT-1} (processes {@code svc-a}, {@code svc-b}) and {@code INT-1}
 * (process {@code int-hr}), and appeals with texts, all in 2025-Q1, with personal data next to the
 * planted phrases. Deterministic.
 *
 * <ul>
 *   <li>«квитанция не приходит»: {@value #RECEIPT_DISSATISFIED} dissatisfied and {@value #RECEIPT_OTHER}
 *       satisfied comments of {@code svc-a}, each followed by a phone number or an e-mail address;</li>
 *   <li>«грубый ответ оператора»: {@value #RUDE_COMPLAINTS} complaints of {@code svc-b};</li>
 *   <li>«сломан терминал»: {@value #TERMINAL_DISSATISFIED} dissatisfied comments of {@code svc-a} (fewer than minCell);</li>
 *   <li>«нет доступа к кадровой системе»: {@value #ACCESS_INTERNAL} dissatisfied INT-1 comments (anonymous);</li>
 *   <li>everything else: the same neutral sentences on both sides.</li>
 * </ul>
 */
final class PlantedTexts {
    static final int RECEIPT_DISSATISFIED = 30;
    static final int RECEIPT_OTHER = 2;
    static final int RUDE_COMPLAINTS = 20;
    static final int TERMINAL_DISSATISFIED = 3;
    static final int ACCESS_INTERNAL = 12;
    static final String PHONE = "+7 916 123-45-67";
    static final String EMAIL = "ivan.petrov@mail.ru";

    private static final String[] FILLER = {
        "Спасибо, всё в целом понятно.", "Сотрудники вежливые.", "Хотелось бы больше информации на сайте.", "Удобное расположение офиса.",
        "Ждали около двадцати минут.", "Документы приняли с первого раза.", "Можно было бы работать по субботам.", "Нормально.",
        "Консультант объяснил порядок подачи.", "Парковка рядом с офисом маленькая.",
    };

    private final List<String> responses = new ArrayList<>();
    private final List<String> appeals = new ArrayList<>();
    private final Random random = new Random(5);
    private int nextResponse;
    private int nextAppeal;
    /** Dissatisfied and other texts of svc-a (comments only: svc-a has no appeal texts). */
    long svcADissatisfied;
    long svcAOther;

    private PlantedTexts() {
    }

    /** The planted inputs. */
    static PlantedTexts make() {
        PlantedTexts t = new PlantedTexts();
        for (int i = 0; i < RECEIPT_DISSATISFIED; i++) {
            t.external("svc-a", 1 + i % 2, t.filler() + " Квитанция не приходит, " + (i % 2 == 0 ? "звоните " + PHONE : "пишите на " + EMAIL) + ".");
        }
        for (int i = 0; i < RECEIPT_OTHER; i++) {
            t.external("svc-a", 4, "Всё хорошо, только квитанция не приходит на почту.");
        }
        for (int i = 0; i < TERMINAL_DISSATISFIED; i++) {
            t.external("svc-a", 1, "Сломан терминал в холле. " + t.filler());
        }
        for (int i = 0; i < 40; i++) {
            t.external("svc-a", 1 + i % 2, t.filler());
        }
        for (int i = 0; i < 120; i++) {
            t.external("svc-a", 3 + i % 3, t.filler() + " " + t.filler());
        }
        for (int i = 0; i < 60; i++) {
            t.external("svc-b", 1 + i % 5, t.filler());
        }
        for (int i = 0; i < ACCESS_INTERNAL; i++) {
            t.internal(1, "Нет доступа к кадровой системе уже неделю. " + t.filler());
        }
        for (int i = 0; i < 30; i++) {
            t.internal(4 + i % 2, t.filler());
        }
        for (int i = 0; i < RUDE_COMPLAINTS; i++) {
            t.appeal("svc-b", "COMPLAINT", "Получил грубый ответ оператора по телефону 8 (495) 123-45-67. " + t.filler());
        }
        for (int i = 0; i < 60; i++) {
            t.appeal("svc-b", i % 2 == 0 ? "APPEAL" : "REQUEST", t.filler() + " Прошу разъяснить порядок.");
        }
        for (int i = 0; i < 10; i++) {
            t.appeal("svc-b", "COMPLAINT", t.filler());
        }
        return t;
    }

    private String filler() {
        return FILLER[random.nextInt(FILLER.length)];
    }

    private String at() {
        return String.format("2025-%02d-%02dT%02d:%02d:00Z", 1 + random.nextInt(3), 1 + random.nextInt(28), 6 + random.nextInt(10), random.nextInt(60));
    }

    private void external(String process, int overall, String comment) {
        if (process.equals("svc-a")) {
            if (overall <= 2) {
                svcADissatisfied++;
            } else {
                svcAOther++;
            }
        }
        responses.add("{\"id\":\"r-" + (++nextResponse) + "\",\"form\":\"EXT-1\",\"formVersion\":\"1\",\"submittedAt\":\"" + at()
                + "\",\"agency\":\"ag\",\"process\":\"" + process + "\",\"channel\":\"MFC\",\"client\":{\"kind\":\"EXTERNAL\"},"
                + "\"answers\":{\"used\":\"yes\",\"overall\":" + overall + ",\"comment\":\"" + comment + "\"}}");
    }

    private void internal(int overall, String comment) {
        responses.add("{\"id\":\"r-" + (++nextResponse) + "\",\"form\":\"INT-1\",\"formVersion\":\"1\",\"submittedAt\":\"" + at()
                + "\",\"agency\":\"ag\",\"process\":\"int-hr\",\"channel\":\"INTRANET\",\"client\":{\"kind\":\"INTERNAL\"},"
                + "\"anonymous\":true,\"answers\":{\"overall\":" + overall + ",\"comment\":\"" + comment + "\"}}");
    }

    private void appeal(String process, String kind, String text) {
        appeals.add("a-" + (++nextAppeal) + ",ag," + process + ",EMAIL," + kind + "," + at() + ",\"" + text.replace("\"", "\"\"") + "\"");
    }

    /** Writes {@code responses.jsonl} and {@code appeals.csv} (with one rejected row when {@code withReject}) into {@code dir}. */
    void write(Path dir, boolean withReject) {
        List<String> a = new ArrayList<>();
        a.add("id,agency,process,channel,kind,registeredAt,text");
        a.addAll(appeals);
        if (withReject) {
            a.add("a-bad,ag,svc-b,EMAIL,GRIEVANCE,2025-02-01T10:00:00Z,\"сломан терминал\"");
        }
        try {
            Files.write(dir.resolve("responses.jsonl"), responses, StandardCharsets.UTF_8);
            Files.write(dir.resolve("appeals.csv"), a, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
