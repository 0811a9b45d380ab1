/**
 * Seeded synthetic data in the Otklik formats: responses that obey their forms, the sample agency
 * with its registry, appeals and process instances, plausible Russian comments and appeal texts,
 * and one-record-at-a-time domain generators.
 */
module io.github.otklik.synthetic {
    requires transitive io.github.otklik.forms;

    exports io.github.otklik.synthetic;
    exports io.github.otklik.synthetic.agency;
    exports io.github.otklik.synthetic.response;
    exports io.github.otklik.synthetic.text;
}
