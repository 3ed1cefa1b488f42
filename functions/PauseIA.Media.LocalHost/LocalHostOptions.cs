using System.ComponentModel.DataAnnotations;

namespace PauseIA.Media.LocalHost;

/// <summary>How LocalHost serves (section <c>LocalHost</c>; <c>--port</c> and <c>--smtp-port</c> on the command line).</summary>
public sealed class LocalHostOptions
{
    public const string Section = "LocalHost";

    /// <summary>The Functions host's own limit on a request body; SendGrid's 30 MB posts fit under it.</summary>
    public const long FunctionsHostMaxRequestBodySize = 104_857_600;

    /// <summary>Kestrel's port on 127.0.0.1; 0 picks a free one.</summary>
    [Range(0, 65535)]
    public int Port { get; set; } = 7071;

    /// <summary>The SMTP listener's port on 127.0.0.1; 0 picks a free one.</summary>
    [Range(0, 65535)]
    public int SmtpPort { get; set; } = 2525;

    /// <summary>Set by LocalHost itself: true in Development only, where it signs people in in Easy Auth's place.</summary>
    public bool PlaysEasyAuth { get; set; }

    /// <summary>host.json to read; by default the one beside the program (copied from the repository root).</summary>
    public string? HostJsonPath { get; set; }

    [Range(1, long.MaxValue)]
    public long MaxRequestBodySize { get; set; } = FunctionsHostMaxRequestBodySize;
}
