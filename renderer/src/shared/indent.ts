/** Three no-break spaces a level: how a picker shows a sub-unit under its unit. */
const INDENT = '\u00a0\u00a0\u00a0';

/** A tree node's label in a flat list of options, indented by its depth. */
export const indented = (name: string, depth: number) => `${INDENT.repeat(depth)}${name}`;
