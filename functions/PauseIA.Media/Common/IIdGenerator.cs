namespace PauseIA.Media.Common;

/// <summary>Makes new identifiers; injected so that tests can predict them.</summary>
public interface IIdGenerator
{
    string NewId();
}
