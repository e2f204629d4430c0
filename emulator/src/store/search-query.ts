/**
 * Parser for the portal's `q` search grammar (Lucene classic query syntax, default operator OR):
 * `field:term`, `"phrases"`, `*`/`?` wildcards, AND/OR/NOT, `&&`/`||`/`!`, `+`/`-`, parentheses,
 * `field:(a b)`, inclusive `[a TO b]` and exclusive `{a TO b}` ranges (`*` = open), boosts `^n` and
 * fuzziness `~n` (parsed and ignored). Produces an AST for `search-sql.ts`.
 */

export type Occur = 'must' | 'should' | 'mustNot';

export type SearchNode =
  | { kind: 'all' }
  | { kind: 'bool'; clauses: { occur: Occur; node: SearchNode }[] }
  | { kind: 'term'; field: string | null; value: string; wildcard: boolean }
  | { kind: 'phrase'; field: string | null; value: string }
  | { kind: 'exists'; field: string }
  | {
      kind: 'range';
      field: string;
      lower: string | null;
      upper: string | null;
      includeLower: boolean;
      includeUpper: boolean;
    };

export class SearchSyntaxError extends Error {
  override name = 'SearchSyntaxError';
}

/** The documented cap on a query string (10 KB). */
export const MAX_QUERY_LENGTH = 10_240;

type Token =
  | { type: 'word'; value: string; wildcard: boolean; raw: string }
  | { type: 'phrase'; value: string }
  | { type: 'lparen' | 'rparen' | 'colon' | 'and' | 'or' | 'not' | 'plus' | 'minus' }
  | { type: 'rangeStart'; inclusive: boolean }
  | { type: 'rangeClose'; inclusive: boolean };

const SPECIAL = new Set(['(', ')', '[', ']', '{', '}', '"', ':', '^', '~']);
const isSpace = (ch: string): boolean => /\s/u.test(ch);

function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let rangeDepth = 0;
  const atClauseStart = (): boolean => {
    const last = tokens.at(-1);
    return !last || ['lparen', 'and', 'or', 'not', 'plus', 'minus'].includes(last.type) || isSpace(input[i - 1] ?? ' ');
  };
  const skipModifierSuffix = (): void => {
    // Boost (^2.5) and fuzziness/proximity (~, ~0.8, ~2): accepted, no effect on matching.
    while (input[i] === '^' || input[i] === '~') {
      const symbol = input[i];
      i += 1;
      const start = i;
      while (i < input.length && /[0-9.]/.test(input[i] ?? '')) i += 1;
      if (symbol === '^' && i === start) throw new SearchSyntaxError('A boost (^) must be followed by a number.');
    }
  };

  while (i < input.length) {
    const ch = input[i] ?? '';
    if (isSpace(ch)) {
      i += 1;
      continue;
    }
    if (ch === '(') {
      tokens.push({ type: 'lparen' });
      i += 1;
      continue;
    }
    if (ch === ')') {
      tokens.push({ type: 'rparen' });
      i += 1;
      skipModifierSuffix();
      continue;
    }
    if (ch === ':') {
      tokens.push({ type: 'colon' });
      i += 1;
      continue;
    }
    if (ch === '[' || ch === '{') {
      tokens.push({ type: 'rangeStart', inclusive: ch === '[' });
      rangeDepth += 1;
      i += 1;
      continue;
    }
    if ((ch === ']' || ch === '}') && rangeDepth > 0) {
      tokens.push({ type: 'rangeClose', inclusive: ch === ']' });
      rangeDepth -= 1;
      i += 1;
      skipModifierSuffix();
      continue;
    }
    if (ch === '"') {
      let value = '';
      i += 1;
      let closed = false;
      while (i < input.length) {
        const c = input[i] ?? '';
        if (c === '\\' && i + 1 < input.length) {
          value += input[i + 1] ?? '';
          i += 2;
          continue;
        }
        if (c === '"') {
          closed = true;
          i += 1;
          break;
        }
        value += c;
        i += 1;
      }
      if (!closed) throw new SearchSyntaxError('Unterminated phrase: a double quote is missing.');
      tokens.push({ type: 'phrase', value });
      skipModifierSuffix();
      continue;
    }
    if (ch === '&' && input[i + 1] === '&') {
      tokens.push({ type: 'and' });
      i += 2;
      continue;
    }
    if (ch === '|' && input[i + 1] === '|') {
      tokens.push({ type: 'or' });
      i += 2;
      continue;
    }
    if ((ch === '+' || ch === '-' || ch === '!') && atClauseStart() && rangeDepth === 0) {
      tokens.push({ type: ch === '+' ? 'plus' : ch === '-' ? 'minus' : 'not' });
      i += 1;
      continue;
    }
    if (SPECIAL.has(ch)) throw new SearchSyntaxError(`Unexpected "${ch}" at position ${i + 1}.`);

    let value = '';
    let raw = '';
    let wildcard = false;
    while (i < input.length) {
      const c = input[i] ?? '';
      if (isSpace(c) || SPECIAL.has(c)) break;
      if (c === '\\' && i + 1 < input.length) {
        value += input[i + 1] ?? '';
        raw += `${c}${input[i + 1] ?? ''}`;
        i += 2;
        continue;
      }
      if (c === '*' || c === '?') wildcard = true;
      value += c;
      raw += c;
      i += 1;
    }
    if (rangeDepth === 0 && (raw === 'AND' || raw === 'OR' || raw === 'NOT')) {
      tokens.push({ type: raw === 'AND' ? 'and' : raw === 'OR' ? 'or' : 'not' });
    } else {
      tokens.push({ type: 'word', value, wildcard, raw });
      skipModifierSuffix();
    }
  }
  return tokens;
}

class Parser {
  private position = 0;
  constructor(private readonly tokens: Token[]) {}

  parse(): SearchNode {
    if (this.tokens.length === 0) return { kind: 'all' };
    const node = this.parseQuery(null);
    const extra = this.peek();
    if (extra) throw new SearchSyntaxError(extra.type === 'rparen' ? 'Unbalanced parentheses: unexpected ")".' : 'Unexpected input.');
    return node;
  }

  private peek(offset = 0): Token | undefined {
    return this.tokens[this.position + offset];
  }

  private next(): Token | undefined {
    const token = this.tokens[this.position];
    this.position += 1;
    return token;
  }

  private parseQuery(field: string | null): SearchNode {
    const clauses: { occur: Occur; node: SearchNode }[] = [];
    for (;;) {
      const token = this.peek();
      if (!token || token.type === 'rparen') break;
      let conj: 'and' | 'or' | null = null;
      if (token.type === 'and' || token.type === 'or') {
        if (clauses.length === 0) throw new SearchSyntaxError(`A query cannot start with ${token.type.toUpperCase()}.`);
        conj = token.type;
        this.next();
      }
      let modifier: 'required' | 'prohibited' | null = null;
      const modifierToken = this.peek();
      if (modifierToken && (modifierToken.type === 'not' || modifierToken.type === 'minus')) {
        modifier = 'prohibited';
        this.next();
      } else if (modifierToken?.type === 'plus') {
        modifier = 'required';
        this.next();
      }
      const node = this.parseClause(field);
      // Lucene's QueryParser rules for the default OR operator.
      const previous = clauses.at(-1);
      if (conj === 'and' && previous && previous.occur !== 'mustNot') previous.occur = 'must';
      const prohibited = modifier === 'prohibited';
      const required = modifier === 'required' || (conj === 'and' && !prohibited);
      clauses.push({ occur: required ? 'must' : prohibited ? 'mustNot' : 'should', node });
    }
    if (clauses.length === 0) {
      throw new SearchSyntaxError(this.peek() ? 'Empty group: "()" has nothing to search for.' : 'Unbalanced parentheses: ")" is missing.');
    }
    const only = clauses[0];
    if (clauses.length === 1 && only && only.occur !== 'mustNot') return only.node;
    return { kind: 'bool', clauses };
  }

  private parseClause(field: string | null): SearchNode {
    const token = this.next();
    if (!token) throw new SearchSyntaxError('The query ends with an operator.');
    if (token.type === 'word' && this.peek()?.type === 'colon') {
      this.next();
      const name = token.value.toLowerCase();
      if (name === '') throw new SearchSyntaxError('A field name is missing before ":".');
      return this.parseFieldValue(name);
    }
    return this.parseValue(token, field);
  }

  private parseFieldValue(field: string): SearchNode {
    const token = this.next();
    if (!token) throw new SearchSyntaxError(`The field "${field}" has no value.`);
    if (token.type === 'lparen') {
      const node = this.parseQuery(field === '*' ? null : field);
      if (this.next()?.type !== 'rparen') throw new SearchSyntaxError('Unbalanced parentheses: ")" is missing.');
      return node;
    }
    if (field === '*' && token.type === 'word' && token.raw === '*') return { kind: 'all' };
    return this.parseValue(token, field === '*' ? null : field);
  }

  private parseValue(token: Token, field: string | null): SearchNode {
    switch (token.type) {
      case 'lparen': {
        const node = this.parseQuery(field);
        if (this.next()?.type !== 'rparen') throw new SearchSyntaxError('Unbalanced parentheses: ")" is missing.');
        return node;
      }
      case 'phrase':
        return { kind: 'phrase', field, value: token.value };
      case 'word':
        if (token.raw === '*') return field ? { kind: 'exists', field } : { kind: 'all' };
        return { kind: 'term', field, value: token.value, wildcard: token.wildcard };
      case 'rangeStart':
        return this.parseRange(field, token.inclusive);
      case 'rparen':
        throw new SearchSyntaxError('Unbalanced parentheses: unexpected ")".');
      case 'colon':
        throw new SearchSyntaxError('Unexpected ":" (a field name is missing).');
      default:
        throw new SearchSyntaxError(`Unexpected operator ${token.type.toUpperCase()}.`);
    }
  }

  private parseRange(field: string | null, includeLower: boolean): SearchNode {
    if (!field) throw new SearchSyntaxError('A range needs a field, e.g. created:[0 TO 1].');
    const bound = (): string | null => {
      const token = this.next();
      if (token?.type === 'word') return token.raw === '*' ? null : token.value;
      if (token?.type === 'phrase') return token.value;
      throw new SearchSyntaxError('A range must look like [lower TO upper].');
    };
    const lower = bound();
    const to = this.next();
    if (to?.type !== 'word' || to.raw !== 'TO') throw new SearchSyntaxError('A range must look like [lower TO upper].');
    const upper = bound();
    const close = this.next();
    if (close?.type !== 'rangeClose') throw new SearchSyntaxError('A range must end with "]" or "}".');
    return { kind: 'range', field, lower, upper, includeLower, includeUpper: close.inclusive };
  }
}

/** Parses a `q` (or `filter`) string. Throws `SearchSyntaxError` for malformed input. */
export function parseSearchQuery(input: string): SearchNode {
  if (input.length > MAX_QUERY_LENGTH) throw new SearchSyntaxError('The query is longer than 10 KB.');
  return new Parser(tokenize(input)).parse();
}

/** Every field name used in a query, lower-cased (for privilege checks). */
export function queryFields(node: SearchNode): string[] {
  switch (node.kind) {
    case 'all':
      return [];
    case 'bool':
      return node.clauses.flatMap((clause) => queryFields(clause.node));
    default:
      return node.field ? [node.field] : [];
  }
}
