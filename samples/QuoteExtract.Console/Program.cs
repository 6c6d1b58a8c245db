using System.CommandLine;
using QuoteExtract;
using QuoteExtract.Console;

return Cli.Run(args, Console.In, Console.Out, Console.Error);
