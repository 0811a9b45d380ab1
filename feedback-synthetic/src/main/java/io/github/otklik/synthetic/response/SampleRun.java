package io.github.otklik.synthetic.response;

import io.github.otklik.forms.ResponseContext;
import io.github.otklik.core.channel.Channel;
import io.github.otklik.core.client.Client;
import io.github.otklik.core.client.ClientCategory;
import io.github.otklik.core.client.ClientKind;
import io.github.otklik.core.period.ReportingPeriod;
import io.github.otklik.core.process.ProcessType;
import io.github.otklik.core.response.SurveyResponse;
import io.github.otklik.forms.Audience;
import io.github.otklik.forms.ChoiceQuestion;
import io.github.otklik.forms.Form;
import io.github.otklik.forms.FormCatalog;
import io.github.otklik.forms.Option;
import io.github.otklik.forms.Question;
import io.github.otklik.forms.QuestionRole;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.SplittableRandom;

/** One pass of {@link SampleResponses}: the random state and what was drawn up front. Not thread-safe. */
final class SampleRun implements Iterator<SurveyResponse> {
    private static final Weighted<Channel> EXTERNAL_CHANNELS = new Weighted<>(
            List.of(Channel.EPGU, Channel.MFC, Channel.OFFICIAL_SITE, Channel.IN_PERSON, Channel.PAPER,
                    Channel.REGIONAL_PORTAL, Channel.HOTLINE),
            new double[] {45, 20, 10, 10, 5, 5, 5});
    private static final Weighted<Channel> INTERNAL_CHANNELS = new Weighted<>(
            List.of(Channel.INTRANET, Channel.EMAIL), new double[] {80, 20});
    private static final Weighted<ClientCategory> CITIZENS = new Weighted<>(
            List.of(ClientCategory.CITIZEN, ClientCategory.FOREIGN_CITIZEN, ClientCategory.STATELESS_PERSON,
                    ClientCategory.SELF_EMPLOYED, ClientCategory.INDIVIDUAL_ENTREPRENEUR, ClientCategory.LEGAL_ENTITY,
                    ClientCategory.UNREGISTERED_ASSOCIATION, ClientCategory.OTHER_BODY_OFFICIAL,
                    ClientCategory.BUDGET_ORG_EMPLOYEE),
            new double[] {85, 4, 0.5, 3, 3, 2.5, 0.5, 0.5, 1});
    private static final Weighted<ClientCategory> SUPPORT_RECIPIENTS = new Weighted<>(
            List.of(ClientCategory.CITIZEN, ClientCategory.FOREIGN_CITIZEN, ClientCategory.SELF_EMPLOYED,
                    ClientCategory.INDIVIDUAL_ENTREPRENEUR, ClientCategory.LEGAL_ENTITY),
            new double[] {62, 2, 12, 14, 10});
    private static final Weighted<ClientCategory> BUSINESSES = new Weighted<>(
            List.of(ClientCategory.LEGAL_ENTITY, ClientCategory.INDIVIDUAL_ENTREPRENEUR, ClientCategory.SELF_EMPLOYED,
                    ClientCategory.CITIZEN, ClientCategory.OTHER_BODY_OFFICIAL, ClientCategory.BUDGET_ORG_EMPLOYEE),
            new double[] {50, 30, 5, 10, 3, 2});
    private static final double SATISFACTION_NOISE = 0.15;
    private static final double NAMED_SHARE = 0.3;
    private static final int TYPICAL_PROBLEMS = 2;
    private static final int FIRST_SECOND_OF_DAY = 7 * 3_600;
    private static final int SECONDS_OF_DAY = 15 * 3_600;

    private final String agency;
    private final double internalShare;
    private final int n;
    private final long[] instants;
    private final SplittableRandom random;
    private final ResponseGenerator generator;
    private final Map<String, List<Form>> externalForms = new HashMap<>();
    private final Map<String, List<Form>> internalForms = new HashMap<>();
    private final Map<String, List<String>> typicalProblems = new HashMap<>();
    private final Weighted<ProcessProfile> external;
    private final Weighted<ProcessProfile> internalOwn;
    private final Weighted<ProcessProfile> internalOther;
    private int next = 1;

    SampleRun(FormCatalog catalog, String agency, List<ProcessProfile> processes, List<Double> weights,
            ReportingPeriod period, ZoneId zone, long seed, double internalShare, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("number of responses must not be negative, was " + n);
        }
        this.agency = agency;
        this.internalShare = internalShare;
        this.n = n;
        SplittableRandom root = new SplittableRandom(seed);
        SplittableRandom times = root.split();
        SplittableRandom problems = root.split();
        this.random = root.split();
        this.generator = new ResponseGenerator(root.nextLong());

        List<ProcessProfile> ext = new ArrayList<>();
        List<ProcessProfile> own = new ArrayList<>();
        List<ProcessProfile> other = new ArrayList<>();
        List<Double> extW = new ArrayList<>();
        List<Double> ownW = new ArrayList<>();
        List<Double> otherW = new ArrayList<>();
        for (int i = 0; i < processes.size(); i++) {
            ProcessProfile p = processes.get(i);
            List<Form> e = catalog.standardFor(p.type(), Audience.EXTERNAL);
            List<Form> in = catalog.standardFor(p.type(), Audience.INTERNAL);
            externalForms.put(p.id(), e);
            internalForms.put(p.id(), in);
            if (!e.isEmpty()) {
                ext.add(p);
                extW.add(weights.get(i));
            }
            if (!in.isEmpty()) {
                (p.type() == ProcessType.INTERNAL ? own : other).add(p);
                (p.type() == ProcessType.INTERNAL ? ownW : otherW).add(weights.get(i));
            }
            for (Form f : e) {
                typicalProblems.put(key(p, f), typicalProblems(f, problems));
            }
            for (Form f : in) {
                typicalProblems.put(key(p, f), typicalProblems(f, problems));
            }
        }
        this.external = weighted(ext, extW);
        this.internalOwn = weighted(own, ownW);
        this.internalOther = weighted(other, otherW);
        this.instants = instants(period, zone, n, times);
    }

    @Override
    public boolean hasNext() {
        return next <= n;
    }

    @Override
    public SurveyResponse next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        int i = next++;
        boolean internal = external == null
                || (internalOwn != null || internalOther != null) && random.nextDouble() < internalShare;
        ProcessProfile process;
        Form form;
        Channel channel;
        Client client;
        if (internal) {
            Weighted<ProcessProfile> group = internalOwn == null ? internalOther
                    : internalOther == null || random.nextBoolean() ? internalOwn : internalOther;
            process = group.pick(random);
            form = pick(internalForms.get(process.id()));
            channel = INTERNAL_CHANNELS.pick(random);
            client = random.nextDouble() < 0.85 ? Client.of(ClientKind.INTERNAL, ClientCategory.EMPLOYEE)
                    : Client.of(ClientKind.INTERNAL);
        } else {
            process = external.pick(random);
            form = pick(externalForms.get(process.id()));
            channel = EXTERNAL_CHANNELS.pick(random);
            client = random.nextDouble() < 0.1 ? Client.of(ClientKind.EXTERNAL)
                    : Client.of(ClientKind.EXTERNAL, categories(process.type()).pick(random));
        }
        double satisfaction = Randoms.clamp01(process.quality() + channelShift(channel)
                + SATISFACTION_NOISE * Randoms.gaussian(random));
        ResponseContext.Builder context = ResponseContext.builder(String.format(Locale.ROOT, "r-%06d", i))
                .submittedAt(Instant.ofEpochSecond(instants[i - 1]))
                .agency(agency)
                .process(process.id())
                .channel(channel)
                .client(client);
        if (random.nextDouble() < NAMED_SHARE) {
            context.respondent(FakeRespondents.next(random));
        }
        RespondentProfile profile = RespondentProfile.of(satisfaction)
                .withProblemCodes(typicalProblems.get(key(process, form)));
        return generator.next(form, context.build(), profile);
    }

    private Form pick(List<Form> forms) {
        return forms.get(random.nextInt(forms.size()));
    }

    private static Weighted<ClientCategory> categories(ProcessType type) {
        if (type == ProcessType.CONTROL || type == ProcessType.PREVENTION) {
            return BUSINESSES;
        }
        return type == ProcessType.SUPPORT_MEASURE ? SUPPORT_RECIPIENTS : CITIZENS;
    }

    private static double channelShift(Channel channel) {
        if (channel == Channel.MFC || channel == Channel.IN_PERSON) {
            return 0.05;
        }
        return channel == Channel.HOTLINE ? -0.05 : 0;
    }

    private static String key(ProcessProfile p, Form f) {
        return p.id() + " " + f.key();
    }

    /** Up to two problem codes of {@code form} (not {@code other}) drawn uniformly. */
    private static List<String> typicalProblems(Form form, SplittableRandom random) {
        Set<String> codes = new LinkedHashSet<>();
        for (Question q : form.questions()) {
            if (q.role() == QuestionRole.PROBLEM && q instanceof ChoiceQuestion c) {
                for (Option o : c.options()) {
                    if (!o.endsSurvey() && !"other".equals(o.value())) {
                        codes.add(o.value());
                    }
                }
            }
        }
        List<String> pool = new ArrayList<>(codes);
        List<String> out = new ArrayList<>();
        while (out.size() < TYPICAL_PROBLEMS && !pool.isEmpty()) {
            out.add(pool.remove(random.nextInt(pool.size())));
        }
        return List.copyOf(out);
    }

    private static Weighted<ProcessProfile> weighted(List<ProcessProfile> processes, List<Double> weights) {
        if (processes.isEmpty()) {
            return null;
        }
        double[] w = new double[weights.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = weights.get(i);
        }
        return new Weighted<>(processes, w);
    }

    /** {@code n} sorted epoch seconds between 07:00 and 22:00 local time on days of the period. */
    private static long[] instants(ReportingPeriod period, ZoneId zone, int n, SplittableRandom random) {
        long[] out = new long[n];
        long first = period.from().toEpochDay();
        long days = period.lengthInDays();
        for (int i = 0; i < n; i++) {
            LocalDate day = LocalDate.ofEpochDay(first + random.nextLong(days));
            out[i] = day.atStartOfDay(zone).plusSeconds(FIRST_SECOND_OF_DAY + random.nextInt(SECONDS_OF_DAY))
                    .toInstant().getEpochSecond();
        }
        Arrays.sort(out);
        return out;
    }
}
