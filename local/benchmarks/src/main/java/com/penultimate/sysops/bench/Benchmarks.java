package com.penultimate.sysops.bench;

import java.lang.reflect.Method;
import java.util.Locale;

/**
 * {@code main}: runs the benchmark named by the first argument, {@code <name>} → class
 * {@code com.penultimate.sysops.bench.<name>.<Name>Benchmark}, whose {@code main} receives the remaining
 * arguments. Each benchmark prints its figures beside the baseline it measured in the same run.
 */
public final class Benchmarks {
    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || args[0].isBlank() || args[0].equals("list")) {
            System.out.println("usage: ./mvnw -q -Pbench -DskipTests verify -Dbench=NAME"
                    + "  (NAME: spike, coldstart, matching, cost, chaos; see README)");
            return;
        }
        String name = args[0].toLowerCase(Locale.ROOT).replace("-", "");
        Class<?> benchmark;
        try {
            benchmark = Class.forName(Benchmarks.class.getPackageName() + "." + name + "."
                    + Character.toUpperCase(name.charAt(0)) + name.substring(1) + "Benchmark");
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException("no benchmark named " + args[0]
                    + " (spike, coldstart, matching, cost, chaos)", e);
        }
        Method main = benchmark.getMethod("main", String[].class);
        String[] rest = new String[args.length - 1];
        System.arraycopy(args, 1, rest, 0, rest.length);
        main.invoke(null, (Object) rest);
    }
}
