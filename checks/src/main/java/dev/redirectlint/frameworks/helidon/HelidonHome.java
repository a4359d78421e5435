package dev.redirectlint.frameworks.helidon;

import dev.redirectlint.frameworks.FrameworkHome;
import dev.redirectlint.frameworks.HandlerFramework;
import dev.redirectlint.java.StatusConstants;
import dev.redirectlint.model.Mechanism;
import dev.redirectlint.redirects.RedirectDetector;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Helidon SE: routes registered on {@code HttpRules}, redirects as statuses set on {@code ServerResponse}. */
public final class HelidonHome implements FrameworkHome {

    @Override
    public List<HandlerFramework> handlerFrameworks() {
        return List.of(new HelidonHandlers());
    }

    @Override
    public List<RedirectDetector> redirectDetectors() {
        return List.of(new HelidonRedirects());
    }

    @Override
    public List<Mechanism> mechanisms() {
        return List.of(HelidonTypes.STATUS_MECHANISM);
    }

    @Override
    public Set<String> apiTypes() {
        Set<String> types = new HashSet<>();
        for (Set<String> set : List.of(HelidonTypes.RULES, HelidonTypes.ROUTING, HelidonTypes.REQUEST,
                HelidonTypes.RESPONSE)) {
            types.addAll(set);
        }
        return types;
    }

    /** The constants carry their code in the name: {@code Status.FOUND_302}. */
    @Override
    public List<StatusConstants.Owner> statusConstants() {
        Map<String, Integer> codes = StatusConstants.codes(
                "MOVED_PERMANENTLY_301", 301, "FOUND_302", 302, "SEE_OTHER_303", 303,
                "NOT_MODIFIED_304",                 304, "USE_PROXY_305", 305,
                "TEMPORARY_REDIRECT_307", 307, "PERMANENT_REDIRECT_308", 308, "OK_200", 200,
                "CREATED_201", 201, "ACCEPTED_202", 202, "NO_CONTENT_204", 204, "BAD_REQUEST_400",
                400,                 "UNAUTHORIZED_401", 401, "FORBIDDEN_403", 403, "NOT_FOUND_404",
                404, "INTERNAL_SERVER_ERROR_500", 500);
        return List.of(StatusConstants.Owner.of(HelidonTypes.STATUS, false, codes),
                StatusConstants.Owner.of(HelidonTypes.OLD_STATUS, false, codes));
    }

    @Override
    public Words words() {
        return new Words(List.of("FOUND_302", "MOVED_PERMANENTLY_301", "SEE_OTHER_303", "TEMPORARY_REDIRECT_307",
                "PERMANENT_REDIRECT_308"), List.of("helidon"), List.of("helidon"));
    }
}
