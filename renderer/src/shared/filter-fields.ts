/**
 * A list's filter values, one object, and its setter: `field(key)` binds one filter control to
 * one key (`<FilterSelect {...field('localityId')} />`), so a filter bar does not spell out each
 * control's value and change handler.
 */
export function filterFields<V extends object>(value: V, onChange: (next: V) => void) {
  return {
    set: (patch: Partial<V>) => onChange({ ...value, ...patch }),
    field: <K extends keyof V>(key: K) => ({
      value: value[key],
      onChange: (next: V[K]) => onChange({ ...value, [key]: next }),
    }),
  };
}
