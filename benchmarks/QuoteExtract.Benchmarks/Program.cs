using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(QuoteExtract.Benchmarks.ExtractionBenchmarks).Assembly).Run(args);
