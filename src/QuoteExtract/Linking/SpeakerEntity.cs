using QuoteExtract.Attribution;
using QuoteExtract.Lexicon;
using QuoteExtract.Records;

namespace QuoteExtract.Linking;

/// <summary>A speaker of the document while it is being linked: grows to its fullest name and title.</summary>
internal sealed class SpeakerEntity(int number, SpeakerKind kind)
{
    private readonly List<(int Start, int End)> _mentions = [];

    public string Id { get; } = "s" + number;

    public SpeakerKind Kind { get; private set; } = kind;

    public string? Name { get; private set; }

    public IReadOnlyList<string> NameWords { get; private set; } = [];

    public string? Title { get; private set; }

    public IReadOnlyList<string> TitleWords { get; private set; } = [];

    public string? Rank { get; private set; }

    /// <summary>The normalized head of its title or description (وزير، وزاره، مصدر).</summary>
    public string? Head { get; private set; }

    public Agreement Gender { get; private set; }

    /// <summary>Whether a quotation of the body (not only a headline) resolved to this speaker.</summary>
    public bool SpeaksInBody { get; set; }

    public IReadOnlyList<(int Start, int End)> Mentions => _mentions;

    /// <summary>The canonical name: the fullest name, else the fullest title or description.</summary>
    public string CanonicalName => Name ?? Title ?? string.Empty;

    /// <summary>The fullest phrase that named this speaker.</summary>
    public SpeakerPhrase? Phrase { get; private set; }

    public void Absorb(SpeakerPhrase phrase, IReadOnlyList<string> titleWords)
    {
        if (Phrase is null || phrase.NameWords.Count > Phrase.NameWords.Count) Phrase = phrase;
        if (phrase.Name is not null && (Name is null || phrase.NameWords.Count > NameWords.Count))
        {
            Name = phrase.Name;
            NameWords = phrase.NameWords;
        }
        if (phrase.Title is not null && titleWords.Count > TitleWords.Count)
        {
            Title = phrase.Title;
            TitleWords = titleWords;
            Head = phrase.Head;
        }
        Head ??= phrase.Head;
        Rank ??= phrase.Rank;
        if (phrase.Kind == SpeakerKind.Person) Kind = SpeakerKind.Person;
        else if (Kind != SpeakerKind.Person) Kind = phrase.Kind;
        if (phrase.IsFeminine && Gender == Agreement.None) Gender = Agreement.Feminine;
    }

    public void AddMention(int start, int end)
    {
        if (!_mentions.Contains((start, end))) _mentions.Add((start, end));
    }

    public void Observe(Agreement agreement)
    {
        if (Gender == Agreement.None && agreement is Agreement.Masculine or Agreement.Feminine or Agreement.MasculinePlural or Agreement.FemininePlural)
        {
            Gender = agreement;
        }
    }

    /// <summary>Whether a cue that agrees as <paramref name="agreement"/> can have this speaker as subject.</summary>
    public bool Agrees(Agreement agreement)
    {
        if (Gender == Agreement.None || agreement is Agreement.None or Agreement.FirstPerson or Agreement.Dual) return true;
        bool plural = Gender is Agreement.MasculinePlural or Agreement.FemininePlural;
        return agreement switch
        {
            Agreement.Masculine => Gender == Agreement.Masculine,
            Agreement.Feminine => Gender == Agreement.Feminine || plural || Kind != SpeakerKind.Person,
            _ => plural || Kind != SpeakerKind.Person,
        };
    }
}
