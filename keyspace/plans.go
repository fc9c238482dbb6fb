package keyspace

// Plan store keys. Every one carries the hash tag {plans}: the add and remove scripts touch the
// index, the look-up hashes, the document hashes, the version counter and the feed together, so on
// Redis Cluster they must live in one slot. The scripts build document keys from PlanDocPrefix.

const plansTag = "{plans}"

// PlanIndex is a HASH: document id → the revision it was stored at. Replicas diff it with what
// they hold to find what changed.
func (k Keyspace) PlanIndex() string { return k.key(plansTag, "index") }

// PlanDocPrefix is what PlanDoc puts before a document id; the Lua scripts build document keys from
// it, so it must stay in step with PlanDoc.
func (k Keyspace) PlanDocPrefix() string { return k.key(plansTag, "doc") + ":" }

// PlanDoc is a HASH holding one plan: the original file (name, data), the parse (JSON), its
// document number, content hash, revision and when it was added.
func (k Keyspace) PlanDoc(id string) string { return k.PlanDocPrefix() + id }

// PlanByNumber is a HASH: document number (文号) → document id, so a re-issued file replaces.
func (k Keyspace) PlanByNumber() string { return k.key(plansTag, "by-number") }

// PlanByHash is a HASH: content hash → document id, so the same text never doubles.
func (k Keyspace) PlanByHash() string { return k.key(plansTag, "by-hash") }

// PlanVersion is a STRING counter: the revision of the last change.
func (k Keyspace) PlanVersion() string { return k.key(plansTag, "version") }

// PlanSeeded is a STRING flag set once the embedded seeds have been offered to the store, so they
// are loaded into an empty store once and never come back after being removed.
func (k Keyspace) PlanSeeded() string { return k.key(plansTag, "seeded") }

// PlanFeed is a STREAM of changes (op, id, rev, origin), capped in length; replicas block on it
// and then resynchronise from PlanIndex.
func (k Keyspace) PlanFeed() string { return k.key(plansTag, "feed") }
