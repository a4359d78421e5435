package dev.redirectlint.frameworks.faces;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bean and method of an EL method expression as a view writes it for an action: {@code #{bean.method}} or
 * {@code #{bean.method(args)}}. Anything else (an outcome string, a longer path such as
 * {@code #{cc.attrs.action}}, a conditional) names no bean method this reading can tell.
 */
final class MethodExpressions {

    private static final Pattern BEAN_METHOD = Pattern.compile(
            "\\s*#\\{\\s*([A-Za-z_$][\\w$]*)\\s*\\.\\s*([A-Za-z_$][\\w$]*)\\s*(?:\\([^{}]*\\))?\\s*}\\s*");

    record BeanMethod(String bean, String method) {}

    private MethodExpressions() {}

    static Optional<BeanMethod> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        Matcher matcher = BEAN_METHOD.matcher(value);
        return matcher.matches() ? Optional.of(new BeanMethod(matcher.group(1), matcher.group(2))) : Optional.empty();
    }
}
