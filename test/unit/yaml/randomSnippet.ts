/**
 * A random block-style YAML snippet from a seed (deterministic), for the fast reader's property test: block
 * mappings and lists (compact ones too), flow collections on one line (quoted and nested items), anchors, aliases and tags, scalars of every style (plain ones on several lines too), block scalars, empty values, trailing
 * comments, comment lines at every indentation, blank lines, CRLF, and now and then a line moved by
 * one column.
 */
export function randomSnippet(seed: number): string {
  let state = seed >>> 0 || 1;
  const rng = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;
  const chance = (p: number) => rng() < p;
  const step = pick([1, 2, 2, 4]);
  const scalars = ['x', 'a b', '1', '-2', '.5', 'true', 'null', '~', "'q'", "'it''s'", '"d"', '"\\u00e9"', '[a, b]', '[]', '{a: 1, b: x}', '{}', '["a", \'b\']', '{a: [1, "2"], "b c": {d: e}}', '[{a: 1},  x ]', '{a: 1 ,b: "x" }', '{a:1}', '&a x', '&b [1, "2"]', '*a', '*b  ', '*c', '!t v', '!t 1', '!u "q"', '&a !t ~', '!t {a: 1}', 'x#y', 'é', '0o7', '2026-01-01'];
  const lines: string[] = [];
  const trivia = (indent: number) => {
    while (chance(0.25)) {
      lines.push(chance(0.4) ? ' '.repeat(pick([0, 0, 1, 3])) : `${' '.repeat(Math.max(0, indent + pick([-4, -2, -1, 0, 0, 1, 2, 4])))}#${pick(['', ' c', '# x', ' a: b'])}`);
    }
  };
  const comment = () => (chance(0.3) ? `${' '.repeat(pick([1, 1, 2, 4]))}#${pick(['', ' c', ' - x'])}` : '');
  let nodes = 0;
  /** Writes a value after `head` (a key line `k:` or an item `- `), at `indent` for its nested lines. */
  const value = (head: string, indent: number, depth: number, inSeq: boolean) => {
    nodes++;
    const kind = depth > 4 || nodes > 40 ? 0 : Math.floor(rng() * 5);
    const block = kind === 1 && chance(0.5);
    if (kind <= 1 && !block) {
      const multi = chance(0.15);
      lines.push(`${head} ${multi ? pick(['x', 'a b', '1', 'null', 'é']) : pick(scalars)}${chance(0.2) ? '  ' : ''}${multi ? '' : comment()}`);
      // A plain scalar going on below, more indented: folded (empty lines among its lines too).
      for (let i = 0; multi && i < 1 + Math.floor(rng() * 3); i++) {
        if (chance(0.2)) lines.push('');
        lines.push(`${' '.repeat(indent + pick([1, 2, 2, 3]))}${pick(['more', '2', 'x y ', 'a:b', '- not', '# no', 'c: d', 'true', 'w # c'])}`);
      }
    } else if (block) {
      // A block scalar: its lines deeper than the entry, empty lines and deeper lines among them.
      lines.push(`${head} ${pick(['|', '|-', '>', '>-', '|+', '|2', '>  # h'])}`);
      const width = indent + pick([1, 2, 2, 4]);
      for (let i = 0; i < 1 + Math.floor(rng() * 4); i++) {
        if (chance(0.2)) lines.push(chance(0.8) ? '' : ' '.repeat(width));
        lines.push(`${' '.repeat(width + (chance(0.1) ? 2 : 0))}${pick(['text', 'a: b', '# not a comment', '- item', 'x  y', "it's"])}`);
      }
      if (chance(0.3)) lines.push('');
    } else if (kind === 2) {
      // An empty value (or item), sometimes with a comment after it.
      lines.push(`${head}${chance(0.2) ? ' ' : ''}${chance(0.1) ? ' # e' : ''}`);
    } else if (kind === 3) {
      lines.push(`${head}${comment()}`);
      trivia(indent);
      mapping(inSeq && chance(0.5) ? indent : indent + step, depth + 1);
    } else {
      lines.push(`${head}${comment()}`);
      trivia(indent);
      sequence(!inSeq && chance(0.4) ? indent : indent + step, depth + 1);
    }
    trivia(indent);
  };
  const mapping = (indent: number, depth: number) => {
    const count = 1 + Math.floor(rng() * 3);
    for (let i = 0; i < count; i++) value(`${' '.repeat(indent)}${pick(['a', 'b', 'c d', 'id', 'x-n', 'k' + i])}${i}:`, indent, depth, false);
  };
  const sequence = (indent: number, depth: number) => {
    const count = 1 + Math.floor(rng() * 3);
    for (let i = 0; i < count; i++) {
      const dash = `${' '.repeat(indent)}-`;
      if (chance(0.3) && depth < 4) {
        // A compact mapping: its first key on the dash line.
        const inner = indent + 2;
        value(`${dash} k${i}:`, inner, depth + 1, false);
        for (let j = 0; j < Math.floor(rng() * 2); j++) value(`${' '.repeat(inner)}m${j}:`, inner, depth + 1, false);
      } else if (chance(0.1) && depth < 4) {
        value(`${dash} -`, indent + 2, depth + 1, true);
      } else {
        value(dash, indent, depth, true);
      }
    }
  };
  trivia(0);
  const root = pick([0, 0, 2]);
  if (chance(0.5)) mapping(root, 1);
  else sequence(root, 1);
  if (chance(0.1) && lines.length > 1) {
    // A line moved by one column: mostly text yaml rejects or reads otherwise.
    const at = Math.floor(rng() * lines.length);
    lines[at] = chance(0.5) ? ` ${lines[at]}` : lines[at]!.replace(/^ /, '');
  }
  const text = lines.join('\n') + pick(['\n', '\n', '', '\n\n', '\n# end\n', '\n  # end']);
  return chance(0.2) ? text.replace(/\n/g, '\r\n') : text;
}
