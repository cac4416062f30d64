package netc.diag;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Which warnings are reported and whether they count as errors: what {@code -Wall}, {@code -Wno-NAME},
 * {@code -WNAME} and {@code -Werror} say, applied in order.
 */
public record WarningPolicy(Set<ErrorCode> enabled, boolean asErrors) {
    public WarningPolicy {
        enabled = enabled.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(enabled));
    }

    /** The warnings that are on without any flag. */
    public static WarningPolicy defaults() {
        return new WarningPolicy(EnumSet.copyOf(all().stream().filter(ErrorCode::onByDefault).toList()), false);
    }

    public static List<ErrorCode> all() {
        return Arrays.stream(ErrorCode.values()).filter(ErrorCode::isWarning).toList();
    }

    /** The names -W accepts besides the warnings' own: all, none, error, no-error. */
    public static List<String> names() {
        List<String> out = new ArrayList<>(List.of("all", "none", "error", "no-error"));
        all().forEach(c -> out.add(c.warningName()));
        return out;
    }

    public boolean reports(ErrorCode code) { return enabled.contains(code); }

    /**
     * Applies {@code -W} values (without the {@code -W}: {@code all}, {@code no-unused}, {@code error}) to the
     * defaults, in order. Throws IllegalArgumentException naming the valid choices for an unknown one.
     */
    public static WarningPolicy parse(List<String> flags) {
        WarningPolicy p = defaults();
        for (String f : flags) p = p.with(f);
        return p;
    }

    public WarningPolicy with(String flag) {
        EnumSet<ErrorCode> on = enabled.isEmpty() ? EnumSet.noneOf(ErrorCode.class) : EnumSet.copyOf(enabled);
        switch (flag) {
            case "all" -> on.addAll(all());
            case "none" -> on.clear();
            case "error" -> { return new WarningPolicy(on, true); }
            case "no-error" -> { return new WarningPolicy(on, false); }
            default -> {
                boolean off = flag.startsWith("no-");
                String name = off ? flag.substring(3) : flag;
                ErrorCode code = all().stream().filter(c -> c.warningName().equals(name)).findFirst().orElseThrow(() ->
                        new IllegalArgumentException("unknown warning '" + flag + "'; -W takes all, none, error, "
                                + String.join(", ", all().stream().map(ErrorCode::warningName).toList()) + " or no-NAME"));
                if (off) on.remove(code);
                else on.add(code);
            }
        }
        return new WarningPolicy(on, asErrors);
    }
}
