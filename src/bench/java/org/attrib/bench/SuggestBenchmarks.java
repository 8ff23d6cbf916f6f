package org.attrib.bench;

import java.util.concurrent.TimeUnit;

import org.attrib.core.suggest.Suggester;
import org.attrib.core.suggest.Suggestions;
import org.attrib.core.text.SourceText;
import org.attrib.core.text.SourceTextLoader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** The suggestion detector over a whole article; the report turns the time into MB of text per second. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SuggestBenchmarks {

    @Param({"100kb", "1mb", "5mb"})
    public String article;

    private SourceText text;
    private Suggester suggester;

    @Setup(Level.Trial)
    public void load() throws Exception {
        text = SourceTextLoader.load(Article.of(article).source(BenchFiles.dir()));
        suggester = new Suggester();
    }

    @Benchmark
    public Suggestions suggest() {
        return suggester.suggest(text);
    }
}
