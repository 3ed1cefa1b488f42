using System.Text;

namespace PauseIA.Media.Benchmarks;

/// <summary>A statement of about <c>words</c> words, as the press team writes them: headings, paragraphs, emphasis, links, lists, a quote.</summary>
public static class StatementText
{
    private static readonly string[] Sentences =
    [
        "Pause IA appelle le gouvernement à soutenir un traité international sur les systèmes d'IA les plus avancés.",
        "Les risques ne sont plus théoriques : des chercheurs de premier plan, dont plusieurs lauréats du prix Turing, les décrivent publiquement.",
        "Nous demandons une **pause** du développement des modèles plus puissants que GPT-4, jusqu'à ce que leur sûreté soit démontrée.",
        "Le sommet de Paris doit être l'occasion d'un engagement *contraignant*, et non d'une simple déclaration d'intentions.",
        "Selon un [sondage récent](https://pauseia.fr/sondage), 70 % des Français souhaitent un encadrement strict de l'IA.",
        "Nos bénévoles manifesteront samedi à 14 h devant le ministère, à Lyon, Toulouse et Rennes.",
        "« Nous ne sommes pas contre la technologie ; nous sommes pour qu'elle reste sous contrôle humain », rappelle notre porte-parole.",
    ];

    public static string Markdown(int words = 2_000)
    {
        var text = new StringBuilder("---\ntitle: Pause IA demande un traité international sur l'IA\nlanguage: fr\n---\n# Pause IA demande un traité\n\n");
        var count = 0;
        for (var section = 1; count < words; section++)
        {
            text.Append("## Partie ").Append(section).Append("\n\n");
            for (var paragraph = 0; paragraph < 3 && count < words; paragraph++)
            {
                for (var s = 0; s < 4; s++)
                {
                    var sentence = Sentences[(section + paragraph + s) % Sentences.Length];
                    text.Append(sentence).Append(' ');
                    count += sentence.Split(' ').Length;
                }

                text.Append("\n\n");
            }

            text.Append("- Premier point : un moratoire.\n- Deuxième point : un traité.\n- Troisième point : une agence internationale.\n\n");
            text.Append("> Il est encore temps d'agir.\n\n");
            count += 20;
        }

        return text.ToString();
    }
}
