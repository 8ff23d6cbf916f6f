package org.attrib.testsupport;

import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.quicktheories.api.TriConsumer;
import org.quicktheories.core.Gen;

/**
 * Generators and glue for the QuickTheories properties: lists and strings of given sizes, the
 * alphabets the tests draw characters from, a size distribution that favours small numbers,
 * and checks that may throw checked exceptions.
 */
public final class Gens {

    private Gens() {
    }

    /** A check that may throw, as properties that read and write files do. */
    @FunctionalInterface
    public interface Check<T> {
        void accept(T value) throws Exception;
    }

    /** A check of two values that may throw. */
    @FunctionalInterface
    public interface Check2<A, B> {
        void accept(A a, B b) throws Exception;
    }

    /** A check of three values that may throw. */
    @FunctionalInterface
    public interface Check3<A, B, C> {
        void accept(A a, B b, C c) throws Exception;
    }

    /** The check as a consumer for {@code checkAssert}; what it throws is thrown on unchanged, so QuickTheories sees it fail. */
    public static <T> Consumer<T> checking(Check<T> check) {
        return value -> {
            try {
                check.accept(value);
            } catch (Exception e) {
                throw Gens.<RuntimeException>sneaky(e);
            }
        };
    }

    /** The two-value check as a consumer for {@code checkAssert}. */
    public static <A, B> BiConsumer<A, B> checking(Check2<A, B> check) {
        return (a, b) -> {
            try {
                check.accept(a, b);
            } catch (Exception e) {
                throw Gens.<RuntimeException>sneaky(e);
            }
        };
    }

    /** The three-value check as a consumer for {@code checkAssert}. */
    public static <A, B, C> TriConsumer<A, B, C> checking(Check3<A, B, C> check) {
        return (a, b, c) -> {
            try {
                check.accept(a, b, c);
            } catch (Exception e) {
                throw Gens.<RuntimeException>sneaky(e);
            }
        };
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> E sneaky(Throwable e) throws E {
        throw (E) e;
    }

    /** Lists of {@code min} to {@code max} elements, as unmodifiable array-backed lists. */
    public static <T> Gen<List<T>> listsOf(Gen<T> elements, int min, int max) {
        return lists().of(elements).ofSizeBetween(min, max).map(Gens::copy);
    }

    /** Lists of exactly {@code size} elements. */
    public static <T> Gen<List<T>> listsOf(Gen<T> elements, int size) {
        return listsOf(elements, size, size);
    }

    private static <T> List<T> copy(List<T> list) {
        return Collections.unmodifiableList(new ArrayList<>(list));
    }

    /** Arrays of exactly {@code size} ints from {@code elements}. */
    public static Gen<int[]> intArrays(Gen<Integer> elements, int size) {
        return listsOf(elements, size).map(l -> l.stream().mapToInt(Integer::intValue).toArray());
    }

    /** Arrays of exactly {@code size} longs from {@code elements}. */
    public static Gen<long[]> longArrays(Gen<Long> elements, int size) {
        return listsOf(elements, size).map(l -> l.stream().mapToLong(Long::longValue).toArray());
    }

    /**
     * The UTF-16 chars of {@code alphabet}, each position in it as likely: an emoji in it gives
     * its two surrogates separately, so strings drawn from it also hold lone and mismatched
     * surrogates, and a char that appears twice is drawn twice as often.
     */
    public static Gen<Character> charsOf(String alphabet) {
        List<Character> chars = new ArrayList<>();
        for (char c : alphabet.toCharArray()) {
            chars.add(c);
        }
        return arbitrary().pick(chars);
    }

    /** Any char of the Basic Multilingual Plane, surrogates and noncharacters included. */
    public static Gen<Character> anyChar() {
        return integers().between(0, 0xFFFF).map(i -> (char) i.intValue());
    }

    /** Strings of {@code min} to {@code max} chars from {@code chars}. */
    public static Gen<String> strings(Gen<Character> chars, int min, int max) {
        return lists().of(chars).ofSizeBetween(min, max).map(Gens::join);
    }

    private static String join(List<Character> chars) {
        StringBuilder s = new StringBuilder(chars.size());
        chars.forEach(s::append);
        return s.toString();
    }

    /**
     * Ints from {@code min} to {@code max} with every binary order of magnitude above {@code min}
     * (+0, +0 to 1, +0 to 3, +0 to 7, ...) as likely as the others: a uniform draw over a wide range
     * almost never gives 0, 1 or a few, which are the sizes whose handling differs.
     */
    public static Gen<Integer> smallBiased(int min, int max) {
        int bits = 32 - Integer.numberOfLeadingZeros(max - min);
        return integers().between(0, bits).flatMap(b -> integers().between(min, (int) Math.min(max, min + (1L << b) - 1)));
    }
}
