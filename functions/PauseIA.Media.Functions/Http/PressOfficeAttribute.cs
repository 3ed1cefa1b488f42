using PauseIA.Media.Identity;

namespace PauseIA.Media.Functions.Http;

/// <summary>
/// The press office (<see cref="TeamRoles.PressOffice"/>: every role but the local leads), for what spans
/// the whole list: segments, import, export, merges, deletions, GDPR exports and erasures, the mail that
/// opened no inquiry, the routing rules.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PressOfficeAttribute() : RequireRolesAttribute([.. TeamRoles.PressOffice]);
