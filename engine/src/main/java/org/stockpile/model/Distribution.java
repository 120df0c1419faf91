package org.stockpile.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** A probability distribution of a random shock's duration or severity. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "distribution")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Distribution.Constant.class, name = "constant"),
    @JsonSubTypes.Type(value = Distribution.Uniform.class, name = "uniform"),
    @JsonSubTypes.Type(value = Distribution.Triangular.class, name = "triangular"),
    @JsonSubTypes.Type(value = Distribution.Normal.class, name = "normal"),
    @JsonSubTypes.Type(value = Distribution.LogNormal.class, name = "lognormal"),
    @JsonSubTypes.Type(value = Distribution.Exponential.class, name = "exponential"),
    @JsonSubTypes.Type(value = Distribution.Gamma.class, name = "gamma"),
    @JsonSubTypes.Type(value = Distribution.Weibull.class, name = "weibull"),
    @JsonSubTypes.Type(value = Distribution.Beta.class, name = "beta")})
public sealed interface Distribution {

  /** Always {@code value}. */
  record Constant(@JsonProperty(required = true) double value) implements Distribution {
  }

  /** Uniform on [min, max]. */
  record Uniform(@JsonProperty(required = true) double min, @JsonProperty(required = true) double max)
      implements Distribution {
  }

  /** Triangular on [min, max] with peak at mode. */
  record Triangular(@JsonProperty(required = true) double min, @JsonProperty(required = true) double mode,
      @JsonProperty(required = true) double max) implements Distribution {
  }

  /** Normal with mean and standard deviation. */
  record Normal(@JsonProperty(required = true) double mean, @JsonProperty(required = true) double sd)
      implements Distribution {
  }

  /** Lognormal: the logarithm is normal with mean ln(median) and standard deviation sigma. */
  record LogNormal(
      @JsonProperty(required = true) @JsonPropertyDescription("Median value.") double median,
      @JsonProperty(required = true) @JsonPropertyDescription("Standard deviation of the logarithm.") double sigma)
      implements Distribution {
  }

  /** Exponential with the given mean. */
  record Exponential(@JsonProperty(required = true) double mean) implements Distribution {
  }

  /** Gamma with shape and scale (mean = shape x scale). */
  record Gamma(@JsonProperty(required = true) double shape, @JsonProperty(required = true) double scale)
      implements Distribution {
  }

  /** Weibull with shape and scale. */
  record Weibull(@JsonProperty(required = true) double shape, @JsonProperty(required = true) double scale)
      implements Distribution {
  }

  /** Beta on [0, 1] with shape parameters alpha and beta. */
  record Beta(@JsonProperty(required = true) double alpha, @JsonProperty(required = true) double beta)
      implements Distribution {
  }
}
