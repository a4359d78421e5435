package dev.redirectlint.frameworks.faces;

import java.util.Optional;

/**
 * Where the tags of one view go: its direct calls, and what it defines or uses of composite components.
 *
 * @param component the composite component the file defines, if it is one ({@code form/submit})
 */
record ViewContext(Optional<String> component, FacesViews.Builder calls, CompositeComponents components) {}
