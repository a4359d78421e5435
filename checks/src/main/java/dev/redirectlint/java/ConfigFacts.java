package dev.redirectlint.java;

/**
 * What a framework's home read from its own files among the project's configuration files (Play's
 * {@code conf/routes}, Faces' views), for its handler frameworks to look up through
 * {@link ProjectSettings#config(Class)}. Its {@code toString} must describe all of it (a record of sorted values
 * does): the cache re-analyses every file when the settings' text changes.
 */
public interface ConfigFacts {}
