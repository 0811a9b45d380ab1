package io.github.otklik.text;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * Realistic Russian survey comments and appeal texts for tests: several complaint themes written in
 * many inflections and word orders, praise, greetings, typos in the filler words, ordinary numbers
 * (dates, amounts, application numbers, times) and, in some texts, personal data to be masked.
 * Optionally a planted fee-payment theme (оплата госпошлины) in one process, in ten inflections and
 * word orders, always in dissatisfied texts. Deterministic for a seed.
 */
public final class SyntheticTexts {
    /** The ten planted fee-payment sentences: forms of «оплата госпошлины» and «госпошлину оплатить». */
    public static final List<String> FEE_VARIANTS = List.of(
            "Не смог оплатить госпошлину через портал",
            "Оплата госпошлины не проходит уже неделю",
            "Оплату госпошлины не видят в системе",
            "Долго искал, где оплатить госпошлину",
            "Госпошлину оплатил, а заявление не приняли",
            "С оплатой госпошлины постоянные проблемы",
            "Проблемы при оплате госпошлины",
            "Оплаты госпошлины нет в личном кабинете",
            "Госпошлину оплатить невозможно",
            "Оплатила госпошлину дважды");

    private static final String[] GREETINGS = {"", "", "Здравствуйте. ", "Добрый день! ", "Хочу сказать, что ", "Честно говоря, "};
    private static final String[][] COMPLAINTS = {
        {"Очередь была огромная", "в очереди простояли два часа", "очереди огромные", "стоял в очереди с утра", "очередь не двигалась"},
        {"сроки нарушили", "результат выдали с опозданием", "просрочили ответ на две недели", "срок нарушен"},
        {"сотрудник нагрубил", "разговаривали грубо", "хамство в окне приема", "невежливый специалист"},
        {"сайт не работает", "портал выдает ошибку", "не загружается форма", "технический сбой при отправке"},
        {"пришлось приходить несколько раз", "ходил три раза", "снова обращаться из-за ошибки"},
    };
    private static final String[] PRAISE = {"Всё понравилось", "Спасибо сотрудникам", "Быстро и удобно", "Получил результат вовремя",
        "Вежливый персонал", "Удобная запись через портал", "Консультант всё объяснил", "Приятно удивлён"};
    private static final String[] FILLER = {"в целом", "как обычно", "к сожалению", "в этот раз", "опять", "вообще", "между прочим"};
    private static final String[] NUMBERS = {"12.03.2025", "в 14:30", "1 500 руб.", "по заявлению № 12345/2025", "в 2025 году",
        "на 3 дня", "к 10:00", "300 рублей", "15 апреля", "кабинет 204"};

    /** A generated corpus and what was planted in it. */
    public record Corpus(List<TextItem> items, Map<String, Long> plantedByProcess, Map<String, Long> textsByProcess, Set<String> personalData) {
    }

    private SyntheticTexts() {
    }

    /**
     * Generates {@code perProcess} texts for each process; in {@code plantedProcess}, {@code planted}
     * of its dissatisfied texts carry a fee-payment sentence (cycling through {@link #FEE_VARIANTS}).
     */
    public static Corpus generate(long seed, List<String> processes, int perProcess, String plantedProcess, int planted) {
        Random r = new Random(seed);
        List<TextItem> items = new ArrayList<>();
        Map<String, Long> plantedBy = new TreeMap<>();
        Map<String, Long> textsBy = new TreeMap<>();
        Set<String> personal = new LinkedHashSet<>();
        int id = 0;
        for (String process : processes) {
            int toPlant = process.equals(plantedProcess) ? planted : 0;
            for (int k = 0; k < perProcess; k++) {
                boolean dissatisfied = toPlant > 0 || r.nextInt(100) < 35;
                StringBuilder text = new StringBuilder(GREETINGS[r.nextInt(GREETINGS.length)]);
                if (toPlant > 0) {
                    text.append(FEE_VARIANTS.get(toPlant % FEE_VARIANTS.size())).append(". ");
                    toPlant--;
                    plantedBy.merge(process, 1L, Long::sum);
                }
                if (dissatisfied) {
                    int themes = 1 + r.nextInt(2);
                    for (int t = 0; t < themes; t++) {
                        String[] forms = COMPLAINTS[r.nextInt(COMPLAINTS.length)];
                        if (r.nextBoolean()) {
                            text.append(capitalise(typos(r, FILLER[r.nextInt(FILLER.length)]))).append(' ').append(forms[r.nextInt(forms.length)]);
                        } else {
                            text.append(capitalise(forms[r.nextInt(forms.length)]));
                        }
                        text.append(". ");
                    }
                } else {
                    if (r.nextBoolean()) { // fillers belong to no side
                        text.append(capitalise(typos(r, FILLER[r.nextInt(FILLER.length)]))).append(' ');
                        text.append(typos(r, PRAISE[r.nextInt(PRAISE.length)]).toLowerCase()).append(". ");
                    } else {
                        text.append(typos(r, PRAISE[r.nextInt(PRAISE.length)])).append(". ");
                    }
                    if (r.nextInt(4) == 0) {
                        String[] forms = COMPLAINTS[r.nextInt(COMPLAINTS.length)];
                        text.append("Хотя ").append(forms[r.nextInt(forms.length)]).append(". ");
                    }
                }
                if (r.nextInt(3) == 0) {
                    text.append("Был ").append(NUMBERS[r.nextInt(NUMBERS.length)]).append(". ");
                }
                if (r.nextInt(6) == 0) {
                    String datum = PersonalDataSamples.any(r);
                    personal.add(datum);
                    text.append(r.nextBoolean() ? "Мои данные: " : "Перезвоните ").append(datum).append(r.nextBoolean() ? "." : "");
                }
                boolean appeal = r.nextInt(4) == 0;
                TextItem.Builder b = TextItem.builder(appeal ? TextSource.APPEAL : TextSource.SURVEY_COMMENT, (appeal ? "a-" : "r-") + id++)
                        .process(process).at(Instant.parse("2025-02-01T10:00:00Z").plusSeconds(r.nextInt(40 * 86_400)))
                        .text(text.toString().strip()).dissatisfied(dissatisfied);
                if (!appeal) {
                    b.form("EXT-1");
                }
                items.add(b.build());
                textsBy.merge(process, 1L, Long::sum);
            }
        }
        java.util.Collections.shuffle(items, r);
        return new Corpus(List.copyOf(items), plantedBy, textsBy, personal);
    }

    /** Swaps two neighbouring letters in about one word of six. */
    static String typos(Random r, String phrase) {
        String[] words = phrase.split(" ");
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (w.length() > 3 && r.nextInt(6) == 0) {
                int p = 1 + r.nextInt(w.length() - 2);
                words[i] = w.substring(0, p) + w.charAt(p + 1) + w.charAt(p) + w.substring(p + 2);
            }
        }
        return String.join(" ", words);
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
