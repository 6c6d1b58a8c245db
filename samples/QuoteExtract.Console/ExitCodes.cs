namespace QuoteExtract.Console;

/// <summary>The console's exit codes.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int SomeFailed = 1;
    public const int Usage = 2;
}
