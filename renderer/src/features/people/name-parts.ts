/**
 * Suggests family / middle / given name from a typed full name so the clerk
 * types one field; the parts stay editable and the core tidies their case.
 */
export function suggestNameParts(fullName: string): { familyName: string; middleName: string; givenName: string } {
  const words = fullName.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return { familyName: '', middleName: '', givenName: '' };
  if (words.length === 1) return { familyName: '', middleName: '', givenName: words[0]! };
  return { familyName: words[0]!, middleName: words.slice(1, -1).join(' '), givenName: words[words.length - 1]! };
}
