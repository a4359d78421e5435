package dev.redirectlint.java;

import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;

/** The framework homes on the class path, loaded once, by the class loader that loaded this class. */
final class InstalledFrameworks {

    // This class's own loader: in an IDE's Checkstyle plugin the context loader does not see the check's jar.
    static final List<FrameworkFacts> ALL = ServiceLoader.load(FrameworkFacts.class, FrameworkFacts.class.getClassLoader())
            .stream()
            .map(ServiceLoader.Provider::get)
            .sorted(Comparator.comparing(home -> home.getClass().getName()))
            .toList();

    private InstalledFrameworks() {}
}
