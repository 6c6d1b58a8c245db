namespace QuoteExtract.Lexicon;

/// <summary>A lexicon cue found in the text: tokens [First, End) and the entry they match.</summary>
/// <param name="First">Index of the first token.</param>
/// <param name="End">Index after the last token.</param>
/// <param name="Entry">The lexicon entry.</param>
/// <param name="Conjunction">The conjunction و/ف attached to the first word, or <c>'\0'</c>.</param>
public sealed record CueMatch(int First, int End, CueEntry Entry, char Conjunction);
