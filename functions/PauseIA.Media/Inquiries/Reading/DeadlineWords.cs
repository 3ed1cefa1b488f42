namespace PauseIA.Media.Inquiries.Reading;

/// <summary>The French and English words of deadlines, as they read once folded (lower case, no accents).</summary>
internal static class DeadlineWords
{
    public static readonly IReadOnlyDictionary<string, CueRoles> Cues = new Dictionary<string, CueRoles>
    {
        ["avant"] = CueRoles.Before, ["before"] = CueRoles.Before, ["d'ici"] = CueRoles.Before, ["d ici"] = CueRoles.Before,
        ["by"] = CueRoles.Before, ["pour"] = CueRoles.Before, ["for"] = CueRoles.Before, ["for our"] = CueRoles.Before,
        ["pour notre"] = CueRoles.Before, ["no later than"] = CueRoles.Before, ["not later than"] = CueRoles.Before,
        ["latest by"] = CueRoles.Before, ["at the latest by"] = CueRoles.Before, ["prior to"] = CueRoles.Before,
        ["due"] = CueRoles.Before, ["due by"] = CueRoles.Before, ["in time for"] = CueRoles.Before,
        ["au plus tard"] = CueRoles.Before | CueRoles.After, ["at the latest"] = CueRoles.After, ["at the very latest"] = CueRoles.After,
        ["latest"] = CueRoles.After, ["dernier delai"] = CueRoles.After, ["dernier carat"] = CueRoles.After,
        ["grand maximum"] = CueRoles.After, ["grand max"] = CueRoles.After, ["maximum"] = CueRoles.After, ["max"] = CueRoles.After,
        ["imperativement"] = CueRoles.After, ["sans faute"] = CueRoles.After,
        ["deadline"] = CueRoles.Near | CueRoles.NearAfter, ["deadlines"] = CueRoles.Near, ["bouclage"] = CueRoles.Near | CueRoles.NearAfter,
        ["boucle"] = CueRoles.Near, ["bouclons"] = CueRoles.Near, ["boucler"] = CueRoles.Near, ["bouclerai"] = CueRoles.Near,
        ["date limite"] = CueRoles.Near | CueRoles.NearAfter, ["heure limite"] = CueRoles.Near | CueRoles.NearAfter,
        ["delai"] = CueRoles.Near, ["closing"] = CueRoles.Near, ["cut-off"] = CueRoles.Near, ["cutoff"] = CueRoles.Near,
        ["cut off"] = CueRoles.Near, ["filing"] = CueRoles.Near, ["file"] = CueRoles.Near, ["go to print"] = CueRoles.Near,
        ["go to press"] = CueRoles.Near, ["besoin"] = CueRoles.Near, ["need"] = CueRoles.Near, ["needs"] = CueRoles.Near,
        ["needed"] = CueRoles.Near, ["repondre"] = CueRoles.Near, ["reponse"] = CueRoles.Near, ["reply"] = CueRoles.Near,
        ["respond"] = CueRoles.Near, ["response"] = CueRoles.Near, ["confirmer"] = CueRoles.Near, ["confirmation"] = CueRoles.Near,
        ["confirm"] = CueRoles.Near, ["revenir vers moi"] = CueRoles.Near, ["me revenir"] = CueRoles.Near,
        ["get back to me"] = CueRoles.Near, ["hear back"] = CueRoles.Near, ["hear from you"] = CueRoles.Near,
        ["rendre mon papier"] = CueRoles.Near, ["rends mon papier"] = CueRoles.Near, ["rendre mon article"] = CueRoles.Near,
        ["rends mon article"] = CueRoles.Near, ["rendre ma copie"] = CueRoles.Near, ["rends ma copie"] = CueRoles.Near,
        ["rendre mon sujet"] = CueRoles.Near, ["rends mon sujet"] = CueRoles.Near,
    };

    public static readonly IReadOnlyDictionary<string, int> RelativeDays = new Dictionary<string, int>
    {
        ["apres-demain"] = 2, ["apres demain"] = 2, ["the day after tomorrow"] = 2, ["day after tomorrow"] = 2,
        ["aujourd'hui"] = 0, ["aujourd hui"] = 0, ["aujourdhui"] = 0, ["today"] = 0,
        ["demain"] = 1, ["tomorrow"] = 1, ["tmrw"] = 1,
    };

    // The time a part of the day stands for is the latest a journalist would still call "that part"
    // in working terms: the end of the morning, the end of the working day, the evening news.
    public static readonly IReadOnlyDictionary<string, PartToken> Parts = BuildParts();

    // The end of the working week: "d'ici la fin de la semaine", "before the weekend".
    public static readonly IReadOnlyList<string> EndOfWeek =
    [
        "fin de semaine", "fin de la semaine", "end of the week", "end of week", "week-end", "weekend", "week end",
    ];

    public static readonly IReadOnlyDictionary<string, DayOfWeek> Weekdays = new Dictionary<string, DayOfWeek>
    {
        ["lundi"] = DayOfWeek.Monday, ["mardi"] = DayOfWeek.Tuesday, ["mercredi"] = DayOfWeek.Wednesday, ["jeudi"] = DayOfWeek.Thursday,
        ["vendredi"] = DayOfWeek.Friday, ["samedi"] = DayOfWeek.Saturday, ["dimanche"] = DayOfWeek.Sunday,
        ["monday"] = DayOfWeek.Monday, ["tuesday"] = DayOfWeek.Tuesday, ["wednesday"] = DayOfWeek.Wednesday, ["thursday"] = DayOfWeek.Thursday,
        ["friday"] = DayOfWeek.Friday, ["saturday"] = DayOfWeek.Saturday, ["sunday"] = DayOfWeek.Sunday,
    };

    // Abbreviations collide with words ("mon", "sat", "mar"), so they only count in front of a date.
    public static readonly IReadOnlyDictionary<string, DayOfWeek> WeekdayAbbreviations = new Dictionary<string, DayOfWeek>
    {
        ["lun"] = DayOfWeek.Monday, ["mar"] = DayOfWeek.Tuesday, ["mer"] = DayOfWeek.Wednesday, ["jeu"] = DayOfWeek.Thursday,
        ["ven"] = DayOfWeek.Friday, ["sam"] = DayOfWeek.Saturday, ["dim"] = DayOfWeek.Sunday,
        ["mon"] = DayOfWeek.Monday, ["tue"] = DayOfWeek.Tuesday, ["tues"] = DayOfWeek.Tuesday, ["wed"] = DayOfWeek.Wednesday,
        ["thu"] = DayOfWeek.Thursday, ["thur"] = DayOfWeek.Thursday, ["thurs"] = DayOfWeek.Thursday, ["fri"] = DayOfWeek.Friday,
        ["sat"] = DayOfWeek.Saturday, ["sun"] = DayOfWeek.Sunday,
    };

    public static readonly IReadOnlyDictionary<string, int> Months = new Dictionary<string, int>
    {
        ["janvier"] = 1, ["janv"] = 1, ["january"] = 1, ["jan"] = 1, ["fevrier"] = 2, ["fevr"] = 2, ["fev"] = 2, ["february"] = 2, ["feb"] = 2,
        ["mars"] = 3, ["march"] = 3, ["mar"] = 3, ["avril"] = 4, ["avr"] = 4, ["april"] = 4, ["apr"] = 4, ["mai"] = 5, ["may"] = 5,
        ["juin"] = 6, ["june"] = 6, ["jun"] = 6, ["juillet"] = 7, ["juil"] = 7, ["july"] = 7, ["jul"] = 7, ["aout"] = 8, ["august"] = 8, ["aug"] = 8,
        ["septembre"] = 9, ["september"] = 9, ["sept"] = 9, ["sep"] = 9, ["octobre"] = 10, ["october"] = 10, ["oct"] = 10,
        ["novembre"] = 11, ["november"] = 11, ["nov"] = 11, ["decembre"] = 12, ["december"] = 12, ["dec"] = 12,
    };

    // Abbreviations are zones only when written in capitals: "est" and "et" are French words.
    public static readonly IReadOnlyDictionary<string, string> ZoneAbbreviations = new Dictionary<string, string>
    {
        ["cet"] = "Europe/Paris", ["cest"] = "Europe/Paris", ["met"] = "Europe/Paris", ["mez"] = "Europe/Berlin", ["mesz"] = "Europe/Berlin",
        ["gmt"] = "Europe/London", ["bst"] = "Europe/London", ["utc"] = "UTC", ["z"] = "UTC", ["wet"] = "Europe/Lisbon", ["west"] = "Europe/Lisbon",
        ["eet"] = "Europe/Athens", ["eest"] = "Europe/Athens", ["et"] = "America/New_York", ["est"] = "America/New_York",
        ["edt"] = "America/New_York", ["pt"] = "America/Los_Angeles", ["pst"] = "America/Los_Angeles", ["pdt"] = "America/Los_Angeles",
        ["ct"] = "America/Chicago", ["cdt"] = "America/Chicago",
    };

    public static readonly IReadOnlyDictionary<string, string?> ZonePhrases = BuildZonePhrases();

    public static readonly IReadOnlyDictionary<string, int> NumberWords = new Dictionary<string, int>
    {
        ["un"] = 1, ["une"] = 1, ["one"] = 1, ["a"] = 1, ["an"] = 1, ["deux"] = 2, ["two"] = 2, ["trois"] = 3, ["three"] = 3,
        ["quatre"] = 4, ["four"] = 4, ["cinq"] = 5, ["five"] = 5, ["six"] = 6,
    };

    private static Dictionary<string, PartToken> BuildParts()
    {
        var parts = new Dictionary<string, PartToken>();
        void Add(TimeOnly time, DayHalf half, bool today, bool idiom, params string[] words)
        {
            foreach (var word in words)
            {
                parts[word] = new PartToken(0, 0, time, half, today, idiom);
            }
        }

        var noon = new TimeOnly(12, 0);
        var endOfDay = new TimeOnly(18, 0);
        var evening = new TimeOnly(20, 0);
        Add(endOfDay, DayHalf.Afternoon, false, true, "fin de journee", "fin de la journee", "fin de journee de travail", "dans la journee",
            "end of day", "end of the day", "end of the working day", "end of business", "end of the business day", "close of business",
            "close of play", "eod", "cob", "eob");
        Add(endOfDay, DayHalf.Afternoon, true, true, "cette fin de journee");
        Add(noon, DayHalf.Morning, false, false, "fin de matinee", "fin de la matinee", "late morning", "matinee", "matin", "morning");
        Add(new TimeOnly(9, 0), DayHalf.Morning, false, false, "debut de matinee", "early morning", "tot le matin");
        Add(new TimeOnly(14, 0), DayHalf.Afternoon, false, false, "debut d'apres-midi", "debut d'apres midi", "early afternoon");
        Add(endOfDay, DayHalf.Afternoon, false, false, "fin d'apres-midi", "fin d'apres midi", "fin de l'apres-midi", "late afternoon",
            "apres-midi", "apres midi", "aprem", "afternoon");
        Add(new TimeOnly(19, 0), DayHalf.Afternoon, false, false, "debut de soiree", "early evening");
        Add(evening, DayHalf.Afternoon, false, false, "soiree", "soir", "evening");
        Add(noon, DayHalf.Morning, true, false, "ce matin", "cette matinee", "this morning");
        Add(noon, DayHalf.Either, true, false, "ce midi");
        Add(endOfDay, DayHalf.Afternoon, true, false, "cet apres-midi", "cette apres-midi", "cet apres midi", "cet aprem", "this afternoon");
        Add(evening, DayHalf.Afternoon, true, false, "ce soir", "cette soiree", "this evening", "tonight", "tonite");
        return parts;
    }

    private static Dictionary<string, string?> BuildZonePhrases()
    {
        var zones = new Dictionary<string, string?>
        {
            ["heure francaise"] = "Europe/Paris", ["heure de france"] = "Europe/Paris", ["heure fr"] = "Europe/Paris",
            ["french time"] = "Europe/Paris", ["central european time"] = "Europe/Paris", ["central european summer time"] = "Europe/Paris",
            ["heure d'europe centrale"] = "Europe/Paris", ["uk time"] = "Europe/London", ["british time"] = "Europe/London",
            ["heure anglaise"] = "Europe/London", ["heure britannique"] = "Europe/London", ["heure uk"] = "Europe/London",
            ["heure belge"] = "Europe/Brussels", ["heure suisse"] = "Europe/Zurich", ["eastern time"] = "America/New_York",
            ["pacific time"] = "America/Los_Angeles", ["heure du pacifique"] = "America/Los_Angeles", ["heure de l'est"] = "America/New_York",
            ["heure locale"] = null, ["local time"] = null, ["your time"] = null, ["votre heure"] = null,
        };
        (string Id, string French, string English)[] cities =
        [
            ("Europe/Paris", "paris", "paris"), ("Europe/Brussels", "bruxelles", "brussels"), ("Europe/London", "londres", "london"),
            ("Europe/Berlin", "berlin", "berlin"), ("Europe/Madrid", "madrid", "madrid"), ("Europe/Rome", "rome", "rome"),
            ("Europe/Amsterdam", "amsterdam", "amsterdam"), ("Europe/Zurich", "geneve", "geneva"), ("Europe/Zurich", "zurich", "zurich"),
            ("Europe/Lisbon", "lisbonne", "lisbon"), ("Europe/Dublin", "dublin", "dublin"), ("America/New_York", "new york", "new york"),
            ("America/New_York", "washington", "washington"), ("America/Los_Angeles", "san francisco", "san francisco"),
            ("America/Los_Angeles", "los angeles", "los angeles"), ("America/Toronto", "montreal", "montreal"),
            ("America/Toronto", "toronto", "toronto"), ("Asia/Tokyo", "tokyo", "tokyo"), ("Asia/Singapore", "singapour", "singapore"),
            ("Asia/Hong_Kong", "hong kong", "hong kong"),
        ];
        foreach (var (id, french, english) in cities)
        {
            zones[$"heure de {french}"] = id;
            zones[$"{english} time"] = id;
            zones[$"{french} time"] = id;
        }

        return zones;
    }
}
