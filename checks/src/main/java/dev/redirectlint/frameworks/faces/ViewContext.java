package dev.redirectlint.frameworks.faces;

import java.util.Optional;

/**
 * Where the tags of one view go: its direct calls, and what it defines or uses of composite components.
 *
 * @param component the composite component the file defines, if it is one ({@code form/submit})
 * @param viewId the view's id ({@code /orders/edit.xhtml}: its path below the document root), which a
 *     navigation rule's {@code from-view-id} is matched against; empty for a composite component's file
 * @param templates what the view tells of the templates it hands beans to
 */
record ViewContext(Optional<String> component, FacesViews.Builder calls, CompositeComponents components,
        Optional<String> viewId, TemplateParams.View templates) {}
