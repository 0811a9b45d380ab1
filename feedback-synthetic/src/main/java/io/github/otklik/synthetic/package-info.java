/**
 * Seeded synthetic data (синтетические данные) for trials, tests and benchmarks: {@link
 * io.github.otklik.synthetic.DomainGenerators} builds one valid record at a time from a random
 * generator; the sub-packages hold the responses that obey a form ({@code response}) and the sample
 * agency with its registry, appeals and process instances ({@code agency}). The same seed and inputs
 * give the same values on every machine. Parameters and results are non-null unless documented
 * otherwise.
 */
package io.github.otklik.synthetic;
