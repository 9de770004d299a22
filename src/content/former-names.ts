// Reading data written under names that have since changed: a level file or a workshop saved by an older
// version names a field as it was then called, and each schema that kept a former name renames it here first.

/**
 * `data` with each former name in `formerNames` (former: current) renamed to its current one, where only the
 * former is there; a field under both names is left as it is, for the schema to refuse as any unknown field.
 */
export function withCurrentNames(formerNames: Readonly<Record<string, string>>) {
  return (data: unknown): unknown => {
    if (data === null || typeof data !== 'object' || Array.isArray(data)) return data;
    const out: Record<string, unknown> = { ...data };
    for (const [former, current] of Object.entries(formerNames)) {
      if (!Object.hasOwn(out, former) || Object.hasOwn(out, current)) continue;
      out[current] = out[former];
      delete out[former];
    }
    return out;
  };
}
