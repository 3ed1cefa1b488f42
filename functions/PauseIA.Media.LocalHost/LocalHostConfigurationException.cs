namespace PauseIA.Media.LocalHost;

/// <summary>
/// A setting, host.json or a function definition that LocalHost cannot run with. The message
/// names what to fix; <see cref="LocalHostCommand"/> prints it and exits non-zero.
/// </summary>
public sealed class LocalHostConfigurationException(string message, Exception? inner = null) : Exception(message, inner);
