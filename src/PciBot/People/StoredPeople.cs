using System.Collections.Concurrent;

namespace PciBot.People;

/// <summary>
/// What this process last stored of each person from Teams (id, name, tenant, the language they wrote in), so an activity that changes none of
/// it skips the directory. Bounded: when full, it starts over.
/// </summary>
internal sealed class StoredPeople
{
    public const int Capacity = 50_000;

    private readonly ConcurrentDictionary<string, StoredPerson> stored = new(StringComparer.Ordinal);

    private readonly ConcurrentDictionary<string, bool> principalNamesKnown = new(StringComparer.Ordinal);

    public StoredPerson? Find(string aadObjectId) => stored.GetValueOrDefault(aadObjectId);

    /// <summary>Whether this process has already made sure the person's user principal name was asked of Teams.</summary>
    public bool PrincipalNameKnown(string aadObjectId) => principalNamesKnown.ContainsKey(aadObjectId);

    public void PrincipalNameIsKnown(string aadObjectId)
    {
        if (principalNamesKnown.Count >= Capacity)
        {
            principalNamesKnown.Clear();
        }

        principalNamesKnown[aadObjectId] = true;
    }

    public void Remember(Person person)
    {
        if (stored.Count >= Capacity)
        {
            stored.Clear();
        }

        stored[person.AadObjectId] = new StoredPerson(person.TeamsUserId, person.Name, person.TenantId, person.Language);
    }
}
