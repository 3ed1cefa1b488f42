namespace PauseIA.Media.Statements.Consistency;

/// <summary>
/// Which block of one text answers which block of the other: the titles, then the longest common
/// sequence of block kinds (heading, paragraph, list item…), so that a paragraph added or dropped on
/// one side does not shift every pairing after it.
/// </summary>
internal sealed class Alignment
{
    private readonly Dictionary<TextUnit, TextUnit> toB = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<TextUnit, TextUnit> toA = new(ReferenceEqualityComparer.Instance);

    public static Alignment Of(TextStructure a, TextStructure b)
    {
        var alignment = new Alignment();
        if (a.Units.FirstOrDefault(u => u.Block == "title") is { } titleA && b.Units.FirstOrDefault(u => u.Block == "title") is { } titleB)
        {
            alignment.Pair(titleA, titleB);
        }

        var x = a.Blocks.ToList();
        var y = b.Blocks.ToList();
        var common = new int[x.Count + 1, y.Count + 1];
        for (var i = x.Count - 1; i >= 0; i--)
        {
            for (var j = y.Count - 1; j >= 0; j--)
            {
                common[i, j] = x[i].Block == y[j].Block ? common[i + 1, j + 1] + 1 : Math.Max(common[i + 1, j], common[i, j + 1]);
            }
        }

        for (int i = 0, j = 0; i < x.Count && j < y.Count;)
        {
            if (x[i].Block == y[j].Block)
            {
                alignment.Pair(x[i++], y[j++]);
            }
            else if (common[i + 1, j] >= common[i, j + 1])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return alignment;
    }

    public TextUnit? InB(TextUnit unitOfA) => toB.GetValueOrDefault(unitOfA);

    public TextUnit? InA(TextUnit unitOfB) => toA.GetValueOrDefault(unitOfB);

    public bool Paired(TextUnit unitOfA, TextUnit unitOfB) => ReferenceEquals(InB(unitOfA), unitOfB);

    private void Pair(TextUnit a, TextUnit b)
    {
        toB[a] = b;
        toA[b] = a;
    }
}
