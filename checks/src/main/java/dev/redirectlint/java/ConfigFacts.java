package dev.redirectlint.java;

/**
 * What a framework's home read from the project's configuration files (Play's {@code conf/routes}, say), for
 * its handler frameworks to look up through {@link ProjectSettings#config(Class)}. Its {@code toString} must
 * describe all of it: the cache re-analyses every file when the settings' text changes.
 */
public interface ConfigFacts {}
