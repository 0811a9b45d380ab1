package io.github.otklik.synthetic.response;

import io.github.otklik.forms.ResponseContext;
import io.github.otklik.core.response.AnswerValue;
import io.github.otklik.core.response.SurveyResponse;
import io.github.otklik.forms.Audience;
import io.github.otklik.forms.BooleanQuestion;
import io.github.otklik.forms.ChoiceQuestion;
import io.github.otklik.forms.Condition;
import io.github.otklik.forms.Form;
import io.github.otklik.forms.NumberQuestion;
import io.github.otklik.forms.Option;
import io.github.otklik.forms.Question;
import io.github.otklik.forms.QuestionRole;
import io.github.otklik.forms.ScaleQuestion;
import io.github.otklik.forms.TextQuestion;
import io.github.otklik.forms.validation.Visibility;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Fills in forms the way respondents do (генератор ответов): seeded and deterministic, and every
 * response it makes is valid for its form. Not thread-safe: use one instance per thread.
 *
 * <p>It walks the questions in order and evaluates each {@code visibleIf} over the answers given
 * so far, with the semantics of {@link Visibility}; it stops after an answer that ends the survey,
 * never answers a hidden question, always answers a visible required one and answers a visible
 * optional one with the profile's rate. How it answers, by role:
 * <ul>
 *   <li>{@code screening}: an option that ends the survey with the profile's screen-out rate,
 *       otherwise one that continues;</li>
 *   <li>scales ({@code overall}, {@code aspect}, others): the latent satisfaction plus normal
 *       noise (σ 0.1 for {@code overall}, 0.18 otherwise), clamped to [0, 1] and cut into
 *       {@code max − min + 1} equal bins; {@code "dk"} with the profile's rate where allowed;</li>
 *   <li>{@code problem}: answered more often the lower the overall answer (15 % at the top of the
 *       scale, 95 % at the bottom), 1–3 options (more when lower), favouring the profile's
 *       problem codes five to one and {@code other} one to two;</li>
 *   <li>{@code segment} {@code category} / {@code channel}: the context's client category or
 *       channel when the question offers it ({@code OTHER} for an unlisted channel), else a
 *       random option; other segments and choices: random options that do not end the
 *       survey;</li>
 *   <li>text: a short Russian phrase from a fixed list (comments match the mood), cut to
 *       {@code maxLength} code points; boolean: either; number: an integer within the bounds
 *       when there is one (at most 10 steps from a single bound, 0…10 when unbounded), else the
 *       lower bound.</li>
 * </ul>
 *
 * <pre>{@code
 * ResponseGenerator generator = new ResponseGenerator(42);
 * ResponseContext context = ResponseContext.builder("r-1").submittedAt(Instant.parse("2025-03-31T09:30:00Z"))
 *     .agency("minsoc").process("svc-birth").channel(Channel.EPGU)
 *     .client(Client.of(ClientKind.EXTERNAL, ClientCategory.CITIZEN)).build();
 * SurveyResponse response = generator.next(form, context, RespondentProfile.of(0.7));
 * }</pre>
 */
public final class ResponseGenerator {
    private static final double OVERALL_NOISE = 0.1;
    private static final double SCALE_NOISE = 0.18;
    private static final double FAVOURED_PROBLEM_WEIGHT = 5;
    private static final double OTHER_PROBLEM_WEIGHT = 0.5;
    private static final String OTHER = "other";
    private static final String OTHER_CHANNEL = "OTHER";

    private static final List<String> POSITIVE = List.of(
            "Всё понравилось, спасибо!",
            "Быстро и удобно.",
            "Спасибо специалисту за помощь.",
            "Вежливые сотрудники, всё подробно объяснили.",
            "Результат получил раньше срока.",
            "Удобная электронная подача заявления.");
    private static final List<String> NEUTRAL = List.of(
            "В целом нормально.",
            "Хотелось бы получать уведомления о ходе рассмотрения.",
            "Можно упростить форму заявления.",
            "Было бы удобнее записываться на приём онлайн.",
            "Без замечаний.");
    private static final List<String> NEGATIVE = List.of(
            "Долго ждал результата.",
            "Пришлось несколько раз приходить с документами.",
            "Непонятно, какие документы нужны.",
            "Сайт работал с ошибками.",
            "Не могу дозвониться, никто не отвечает.",
            "Очередь больше часа.",
            "Ответ формальный, вопрос не решён.");
    private static final List<String> REMARKS = List.of(
            "Сроки рассмотрения",
            "Перечень документов",
            "Контакты ответственного специалиста",
            "Порядок обжалования решения",
            "Размер выплаты");

    private final SplittableRandom random;

    /** A generator whose output is determined by {@code seed}. */
    public ResponseGenerator(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** The next response to {@code form} with {@code context}, from a respondent of {@code satisfaction} with default rates. */
    public SurveyResponse next(Form form, ResponseContext context, double satisfaction) {
        return next(form, context, RespondentProfile.of(satisfaction));
    }

    /**
     * The next response to {@code form} with {@code context} from a respondent like {@code profile}:
     * valid for {@code form}, answers in form question order, anonymous unless the context has
     * respondent data.
     *
     * @throws IllegalArgumentException when {@code form} is external and the context has no process
     */
    public SurveyResponse next(Form form, ResponseContext context, RespondentProfile profile) {
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(profile, "profile");
        if (form.audience() == Audience.EXTERNAL && context.process().isEmpty()) {
            throw new IllegalArgumentException("a response to external form " + form.key() + " needs a process");
        }
        SurveyResponse.Builder b = SurveyResponse.builder(context.id())
                .form(form.id(), form.version())
                .submittedAt(context.submittedAt())
                .agency(context.agency())
                .channel(context.channel())
                .client(context.client())
                .anonymous(context.anonymous())
                .answers(answers(form, context, profile));
        context.process().ifPresent(b::process);
        context.respondent().ifPresent(b::respondent);
        return b.build();
    }

    private Map<String, AnswerValue> answers(Form form, ResponseContext context, RespondentProfile profile) {
        Map<String, AnswerValue> answers = new LinkedHashMap<>();
        for (Question q : form.questions()) {
            Optional<Condition> condition = q.visibleIf();
            if (condition.isPresent() && !Visibility.holds(condition.get(), answers)) {
                continue;
            }
            AnswerValue a = answer(form, q, context, profile, answers);
            if (a != null) {
                answers.put(q.id(), a);
                if (q instanceof ChoiceQuestion c && endsSurvey(c, a)) {
                    break;
                }
            }
        }
        return answers;
    }

    /** An answer to the visible question {@code q}, or {@code null} to leave it unanswered. */
    private AnswerValue answer(Form form, Question q, ResponseContext context, RespondentProfile profile,
            Map<String, AnswerValue> answers) {
        if (q instanceof ChoiceQuestion c) {
            return choice(form, c, context, profile, answers);
        }
        if (q instanceof ScaleQuestion s) {
            return answered(q, profile.optionalAnswerRate()) ? scale(s, profile) : null;
        }
        if (q instanceof TextQuestion t) {
            return answered(q, profile.commentRate()) ? text(t, profile) : null;
        }
        if (q instanceof BooleanQuestion) {
            return answered(q, profile.optionalAnswerRate()) ? AnswerValue.of(random.nextBoolean()) : null;
        }
        return answered(q, profile.optionalAnswerRate()) ? number((NumberQuestion) q) : null;
    }

    private boolean answered(Question q, double rate) {
        return q.required() || random.nextDouble() < rate;
    }

    // ---------------------------------------------------------------- scales

    private AnswerValue scale(ScaleQuestion s, RespondentProfile profile) {
        if (s.dontKnow() && random.nextDouble() < profile.dontKnowRate()) {
            return AnswerValue.of(AnswerValue.DONT_KNOW);
        }
        double noise = s.role() == QuestionRole.OVERALL ? OVERALL_NOISE : SCALE_NOISE;
        double x = Randoms.clamp01(profile.satisfaction() + noise * Randoms.gaussian(random));
        long steps = (long) s.max() - s.min() + 1;
        long bin = Math.min((long) (x * steps), steps - 1);
        return AnswerValue.of(s.min() + bin);
    }

    // ---------------------------------------------------------------- choices

    private AnswerValue choice(Form form, ChoiceQuestion c, ResponseContext context, RespondentProfile profile,
            Map<String, AnswerValue> answers) {
        List<Option> continuing = new ArrayList<>();
        List<Option> ending = new ArrayList<>();
        for (Option o : c.options()) {
            (o.endsSurvey() ? ending : continuing).add(o);
        }
        List<Option> usual = continuing.isEmpty() ? ending : continuing;
        switch (c.role()) {
            case SCREENING -> {
                boolean out = !ending.isEmpty() && (continuing.isEmpty() || random.nextDouble() < profile.screenOutRate());
                List<Option> from = out ? ending : continuing;
                return encode(c, List.of(from.get(random.nextInt(from.size())).value()));
            }
            case PROBLEM -> {
                double low = lowness(form, answers, profile);
                if (!answered(c, 0.15 + 0.8 * low)) {
                    return null;
                }
                int k = c.multiple() ? 1 + (random.nextDouble() < 0.5 * low ? 1 : 0) + (random.nextDouble() < 0.25 * low ? 1 : 0) : 1;
                double[] weights = new double[usual.size()];
                for (int i = 0; i < weights.length; i++) {
                    String v = usual.get(i).value();
                    weights[i] = profile.problemCodes().contains(v) ? FAVOURED_PROBLEM_WEIGHT : OTHER.equals(v) ? OTHER_PROBLEM_WEIGHT : 1;
                }
                return encode(c, sample(usual, weights, k));
            }
            case SEGMENT -> {
                if (!answered(c, profile.optionalAnswerRate())) {
                    return null;
                }
                String value = segmentValue(c, continuing, context);
                return encode(c, value != null ? List.of(value) : sample(usual, null, 1));
            }
            default -> {
                if (!answered(c, profile.optionalAnswerRate())) {
                    return null;
                }
                int k = c.multiple() ? 1 + (random.nextDouble() < 0.35 ? 1 : 0) + (random.nextDouble() < 0.15 ? 1 : 0) : 1;
                return encode(c, sample(usual, null, k));
            }
        }
    }

    /** How low the overall answer given so far is, 0 (top) … 1 (bottom); without one, 1 − satisfaction. */
    private static double lowness(Form form, Map<String, AnswerValue> answers, RespondentProfile profile) {
        Optional<ScaleQuestion> overall = form.overall();
        if (overall.isPresent() && answers.get(overall.get().id()) instanceof AnswerValue.IntegerValue v) {
            ScaleQuestion s = overall.get();
            return Randoms.clamp01((s.max() - v.value()) / (double) ((long) s.max() - s.min()));
        }
        return 1 - profile.satisfaction();
    }

    /** The option matching the context for a {@code category} or {@code channel} segment, or {@code null}. */
    private static String segmentValue(ChoiceQuestion c, List<Option> continuing, ResponseContext context) {
        String dimension = c.segment().orElse("");
        String wanted = null;
        if ("category".equals(dimension)) {
            wanted = context.client().category().map(Enum::name).orElse(null);
        } else if ("channel".equals(dimension)) {
            wanted = context.channel().name();
        }
        if (wanted == null) {
            return null;
        }
        if (offers(continuing, wanted)) {
            return wanted;
        }
        return "channel".equals(dimension) && offers(continuing, OTHER_CHANNEL) ? OTHER_CHANNEL : null;
    }

    private static boolean offers(List<Option> options, String value) {
        for (Option o : options) {
            if (o.value().equals(value)) {
                return true;
            }
        }
        return false;
    }

    /** Up to {@code k} distinct option values drawn by weight (uniform when {@code weights} is null), in option order. */
    private List<String> sample(List<Option> options, double[] weights, int k) {
        boolean[] chosen = new boolean[options.size()];
        int n = Math.min(k, options.size());
        for (int j = 0; j < n; j++) {
            double total = 0;
            for (int i = 0; i < chosen.length; i++) {
                total += chosen[i] ? 0 : weight(weights, i);
            }
            double r = random.nextDouble() * total;
            int pick = -1;
            for (int i = 0; i < chosen.length; i++) {
                if (!chosen[i]) {
                    pick = i; // the last unchosen one absorbs rounding at the top
                    r -= weight(weights, i);
                    if (r < 0) {
                        break;
                    }
                }
            }
            chosen[pick] = true;
        }
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < chosen.length; i++) {
            if (chosen[i]) {
                out.add(options.get(i).value());
            }
        }
        return out;
    }

    private static double weight(double[] weights, int i) {
        return weights == null ? 1 : weights[i];
    }

    private static AnswerValue encode(ChoiceQuestion c, List<String> values) {
        return c.multiple() ? AnswerValue.ofStrings(values) : AnswerValue.of(values.get(0));
    }

    private static boolean endsSurvey(ChoiceQuestion c, AnswerValue answer) {
        List<AnswerValue> values = answer instanceof AnswerValue.ArrayValue a ? a.values() : List.of(answer);
        for (AnswerValue v : values) {
            if (v instanceof AnswerValue.TextValue t && c.option(t.value()).map(Option::endsSurvey).orElse(false)) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- text and numbers

    private AnswerValue text(TextQuestion t, RespondentProfile profile) {
        String s;
        if (t.role() == QuestionRole.COMMENT) {
            double mood = profile.satisfaction();
            List<String> phrases = random.nextDouble() < 0.15 ? NEUTRAL
                    : mood >= 0.65 ? POSITIVE : mood <= 0.4 ? NEGATIVE : NEUTRAL;
            s = phrases.get(random.nextInt(phrases.size()));
            if (random.nextDouble() < 0.25) {
                String second = phrases.get(random.nextInt(phrases.size()));
                if (!second.equals(s)) {
                    s = s + " " + second;
                }
            }
        } else {
            s = REMARKS.get(random.nextInt(REMARKS.size()));
        }
        if (t.maxLength().isPresent() && s.codePointCount(0, s.length()) > t.maxLength().getAsInt()) {
            s = s.substring(0, s.offsetByCodePoints(0, t.maxLength().getAsInt()));
        }
        return AnswerValue.of(s);
    }

    private AnswerValue number(NumberQuestion q) {
        BigDecimal low = q.min().map(m -> m.setScale(0, RoundingMode.CEILING)).orElse(null);
        BigDecimal high = q.max().map(m -> m.setScale(0, RoundingMode.FLOOR)).orElse(null);
        BigDecimal value;
        if (low == null && high == null) {
            value = BigDecimal.valueOf(random.nextInt(11));
        } else if (high == null) {
            value = low.add(BigDecimal.valueOf(random.nextInt(11)));
        } else if (low == null) {
            value = high.subtract(BigDecimal.valueOf(random.nextInt(11)));
        } else if (low.compareTo(high) <= 0) {
            BigDecimal span = high.subtract(low);
            int steps = span.compareTo(BigDecimal.valueOf(1_000)) > 0 ? 1_000 : span.intValueExact();
            value = low.add(BigDecimal.valueOf(random.nextInt(steps + 1)));
        } else {
            return new AnswerValue.DecimalValue(q.min().get()); // no integer within the bounds
        }
        try {
            return AnswerValue.of(value.longValueExact());
        } catch (ArithmeticException e) {
            return new AnswerValue.DecimalValue(value);
        }
    }
}
