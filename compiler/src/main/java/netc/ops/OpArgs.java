package netc.ops;

import java.util.List;

/** The bound arguments of one op application, typed as its signature declares. */
public interface OpArgs {
    boolean has(String name);
    long integer(String name);
    double real(String name);
    boolean bool(String name);
    String string(String name);
    /** An INT_PAIR argument as {h, w}. */
    long[] pair(String name);
    /** A list argument as longs. */
    List<Long> longs(String name);
    /** True if the argument is a string (e.g. padding "same"). */
    boolean isString(String name);
}
