package dev.redirectlint.api;

import java.nio.file.Path;

/** A second place that explains a finding, such as the redirect inside a helper method. */
public record RelatedLocation(Path file, Region region, String message) {}
