package dev.redirectlint.frameworks.spark;

import dev.redirectlint.model.Framework;
import dev.redirectlint.model.Mechanism;
import java.util.Set;

/** Spark Java: {@code Spark}'s static routes, a {@code Service}'s, the route's {@code Request} and {@code Response}. */
final class SparkTypes {

    static final Framework FRAMEWORK = new Framework("SPARK", "Spark");
    static final Mechanism REDIRECT_MECHANISM = new Mechanism("SPARK_REDIRECT", "Spark Response.redirect", false);
    static final Mechanism STATUS_MECHANISM = new Mechanism("SPARK_STATUS", "Spark Response.status", true,
            "call response.header(\"Location\", url) as well, or use response.redirect(url, status)");

    static final Set<String> SPARK = Set.of("spark.Spark");
    static final Set<String> SERVICE = Set.of("spark.Service");
    static final Set<String> REQUEST = Set.of("spark.Request");
    static final Set<String> RESPONSE = Set.of("spark.Response");

    private SparkTypes() {}
}
