/** Listeners per key (a conversation id): add one, fire a key's, clear all. Internal to the package. */
export function keyedListeners() {
  const byId = new Map<string, Set<() => void>>();
  return {
    add: (id: string, listener: () => void): (() => void) => {
      let set = byId.get(id);
      if (!set) byId.set(id, (set = new Set()));
      set.add(listener);
      return () => {
        set.delete(listener);
        if (set.size === 0) byId.delete(id);
      };
    },
    fire: (id: string) => {
      for (const l of [...(byId.get(id) ?? [])]) l();
    },
    clear: () => byId.clear(),
  };
}
