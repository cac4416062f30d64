package netc.cli;

import java.util.ArrayList;
import java.util.List;
import netc.diag.Diagnostics;
import netc.diag.WarningPolicy;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code -Wall}, {@code -Wno-NAME}, {@code -WNAME}, {@code -Werror}: the options of every command that reports diagnostics. */
final class WarningFlags {
    @Option(names = "-W", paramLabel = "NAME", converter = Name.class,
            description = "warnings: -Wall, -Wnone, -Werror (warnings are errors), -WNAME / -Wno-NAME for one of: unused,"
                    + " unused-parameter, dropped-pixels (off by default); applied in order")
    List<String> flags = new ArrayList<>();

    /** Diagnostics that report the chosen warnings. */
    Diagnostics diagnostics() { return new Diagnostics(WarningPolicy.parse(flags)); }

    /** Rejects unknown names while picocli parses, so that they are usage errors (exit 2). */
    static final class Name implements ITypeConverter<String> {
        @Override public String convert(String value) {
            try {
                WarningPolicy.defaults().with(value);
                return value;
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
