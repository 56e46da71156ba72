/**
 * The two ways a `{name}` placeholder is filled. Documents use `fill`: a value missing there is a
 * bug in the builder, and printing "{year}" on an official paper is worse than failing. Messages
 * use `format`: a missing value leaves the placeholder visible, so a screen still says something.
 */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = values[key];
    if (value === undefined) throw new Error(`Missing value for {${key}}`);
    return String(value);
  });
}

/** Fills `{name}` placeholders; a missing value leaves the placeholder visible so the gap is noticed. */
export function format(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
