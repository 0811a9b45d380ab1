/**
 * The sample agency (a regional ministry of social policy with twelve processes of every type) and
 * its deterministic records: {@link io.github.otklik.synthetic.agency.SampleAgency} (the registry,
 * each process with a hidden quality), {@link io.github.otklik.synthetic.agency.SyntheticData}
 * (appeals and process-instance CSV) and {@link io.github.otklik.synthetic.agency.RegistryWriter}
 * (the registry JSON). What {@code otklik generate} and {@code otklik demo} write. Parameters and
 * results are non-null unless documented otherwise.
 */
package io.github.otklik.synthetic.agency;
