/**
 * The feedback domain every Otklik module speaks: clients, agencies, processes, channels,
 * instruments, reporting periods, survey responses and appeals; their validation, Jackson mapping
 * and the streaming readers of the file formats ({@code docs/formats.md}).
 *
 * <p>Jackson ({@code OtklikJson.mapper()}, {@code OtklikModule}, the serializers) and the Bean
 * Validation annotations on the domain types are part of the API, so they are read transitively.
 * The constrained types' packages are opened to Hibernate Validator, which reads their fields
 * reflectively.
 */
module io.github.otklik.core {
    requires transitive com.fasterxml.jackson.databind;
    requires transitive jakarta.validation;
    requires com.fasterxml.jackson.dataformat.csv;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires org.hibernate.validator;

    exports io.github.otklik.core.agency;
    exports io.github.otklik.core.appeal;
    exports io.github.otklik.core.channel;
    exports io.github.otklik.core.client;
    exports io.github.otklik.core.config;
    exports io.github.otklik.core.instrument;
    exports io.github.otklik.core.io;
    exports io.github.otklik.core.json;
    exports io.github.otklik.core.period;
    exports io.github.otklik.core.process;
    exports io.github.otklik.core.response;
    exports io.github.otklik.core.text;
    exports io.github.otklik.core.validation;

    // Bean Validation reads the constrained fields (DomainValidator).
    opens io.github.otklik.core.appeal to org.hibernate.validator;
    opens io.github.otklik.core.process to org.hibernate.validator;
    opens io.github.otklik.core.response to org.hibernate.validator;
}
