package io.github.otklik.core.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Checks the Bean Validation constraints of the domain types (identifier and code syntax,
 * non-negative counts, required parts) and returns every violation with its path, sorted by path.
 *
 * <p>Hibernate Validator is bootstrapped with {@link ParameterMessageInterpolator}, so no
 * Expression Language implementation is needed. Create one instance and reuse it; it is
 * thread-safe. Close it to release the validator factory.
 */
public final class DomainValidator implements AutoCloseable {
    private final ValidatorFactory factory;
    private final Validator validator;

    /** Creates a validator. */
    public DomainValidator() {
        this.factory = Validation.byDefaultProvider()
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
        this.validator = factory.getValidator();
    }

    /** Every constraint violation of {@code value}, sorted by path; empty when valid. */
    public List<Violation> validate(Object value) {
        Objects.requireNonNull(value, "value");
        return validator.validate(value).stream()
                .map(DomainValidator::toViolation)
                .sorted(Comparator.comparing(Violation::path).thenComparing(Violation::message))
                .toList();
    }

    private static Violation toViolation(ConstraintViolation<Object> v) {
        Object invalid = v.getInvalidValue();
        String shown = invalid instanceof String s ? Identifiers.describe(s) : String.valueOf(invalid);
        return new Violation(v.getPropertyPath().toString(), v.getMessage() + " (was " + shown + ")");
    }

    @Override
    public void close() {
        factory.close();
    }
}
