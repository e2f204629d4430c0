/**
 * Translates a parsed search query into a parameterised SQL condition. Text fields go through an
 * FTS5 index (terms, phrases, trailing-`*` prefixes); keyword, number and boolean fields compare
 * indexed columns; other wildcards (`?`, leading `*`) fall back to the `wildcard_*` SQL functions.
 */
import { foldText, textTokens } from './search-functions';
import { SearchSyntaxError, type SearchNode } from './search-query';

export type SearchField =
  | { kind: 'text'; column: string }
  | {
      kind: 'keyword';
      columns: readonly string[];
      /** Narrows the compared columns for an exact value (so one index answers it). */
      columnsFor?: (value: string) => readonly string[];
    }
  | { kind: 'number'; column: string }
  | { kind: 'boolean'; column: string }
  | { kind: 'constant'; value: string };

export type SearchSchema = {
  /** Alias of the searched table in the surrounding SELECT, e.g. `u`. */
  alias: string;
  /** FTS5 table indexing the text fields; its column names equal the `text` fields' columns. */
  ftsTable: string;
  fields: Readonly<Record<string, SearchField>>;
};

export type TranslateOptions = {
  /** Fields searched by a bare term. */
  defaultFields: readonly string[];
  /** `filter` semantics: a text field must equal the whole value (case-insensitive). */
  exact?: boolean;
  /** Throws (e.g. a 403) for a field the caller may not search by. */
  checkField?: (field: string) => void;
};

export type SqlCondition = { sql: string; params: unknown[] };

const NONE: SqlCondition = { sql: '0', params: [] };
const ALL: SqlCondition = { sql: '1', params: [] };

/** Any condition may hold. */
export function orAll(conditions: SqlCondition[]): SqlCondition {
  const useful = conditions.filter((c) => c.sql !== '0');
  if (useful.length === 0) return NONE;
  if (useful.some((c) => c.sql === '1')) return ALL;
  if (useful.length === 1) return useful[0] as SqlCondition;
  return { sql: `(${useful.map((c) => c.sql).join(' OR ')})`, params: useful.flatMap((c) => c.params) };
}

/** Every condition must hold (each kept in parentheses, so an OR inside one cannot leak). */
export function andAll(conditions: SqlCondition[]): SqlCondition {
  const useful = conditions.filter((c) => c.sql !== '1');
  if (useful.length === 0) return ALL;
  if (useful.some((c) => c.sql === '0')) return NONE;
  if (useful.length === 1) return useful[0] as SqlCondition;
  return { sql: `(${useful.map((c) => `(${c.sql})`).join(' AND ')})`, params: useful.flatMap((c) => c.params) };
}

/** Epoch milliseconds from `1555510747000`, `0001555510747000`, `-1` or an ISO date. */
export function parseNumberValue(value: string, field: string): number {
  const trimmed = value.trim();
  if (/^[+-]?\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed);
  if (/^\d{4}-\d{2}-\d{2}/.test(trimmed)) {
    const time = Date.parse(trimmed);
    if (!Number.isNaN(time)) return time;
  }
  throw new SearchSyntaxError(`"${value}" is not a valid value for the field ${field}.`);
}

/** A trailing-`*` prefix (no other wildcard): the literal part, else null. */
function prefixOf(value: string): string | null {
  if (!value.endsWith('*')) return null;
  const head = value.slice(0, -1);
  return head.includes('*') || head.includes('?') ? null : head;
}

class Translator {
  constructor(
    private readonly schema: SearchSchema,
    private readonly options: TranslateOptions,
  ) {}

  translate(node: SearchNode): SqlCondition {
    switch (node.kind) {
      case 'all':
        return ALL;
      case 'bool': {
        // Organization scope clauses (`accountid:`, `orgid:`) narrow the whole query wherever they stand (our
        // reading: the Python API appends ` accountid:<orgId>` to any query and expects fewer results, not more).
        const scoped = (c: { occur: string; node: SearchNode }): boolean => c.occur !== 'mustNot' && this.isScope(c.node);
        const scopes = node.clauses.filter(scoped).map((c) => this.translate(c.node));
        const clauses = node.clauses.filter((c) => !scoped(c));
        const must = clauses.filter((c) => c.occur === 'must').map((c) => this.translate(c.node));
        const should = clauses.filter((c) => c.occur === 'should').map((c) => this.translate(c.node));
        const mustNot = clauses.filter((c) => c.occur === 'mustNot').map((c) => this.translate(c.node));
        // With a required clause, optional clauses only affect ranking, as in Lucene.
        const positive = must.length > 0 ? andAll(must) : should.length > 0 ? orAll(should) : ALL;
        const negative = mustNot.map((c) => (c.sql === '0' ? ALL : c.sql === '1' ? NONE : { sql: `(${c.sql}) IS NOT 1`, params: c.params }));
        return andAll([positive, ...negative, ...scopes]);
      }
      case 'term':
      case 'phrase':
      case 'exists':
      case 'range':
        return node.field === null ? this.defaultFields(node) : this.field(node.field, node);
    }
  }

  /** A clause on a `constant` field: the organization scope (`accountid:`, `orgid:`). */
  private isScope(node: SearchNode): boolean {
    if (node.kind !== 'term' && node.kind !== 'phrase' && node.kind !== 'exists') return false;
    return node.field !== null && Object.hasOwn(this.schema.fields, node.field) && this.schema.fields[node.field]?.kind === 'constant';
  }

  private defaultFields(node: SearchNode & { kind: 'term' | 'phrase' | 'exists' | 'range' }): SqlCondition {
    const fields = this.options.defaultFields;
    const textColumns = fields.flatMap((name) => {
      const def = this.schema.fields[name];
      return def?.kind === 'text' ? [def.column] : [];
    });
    const others = fields.filter((name) => this.schema.fields[name]?.kind !== 'text');
    const conditions = others.map((name) => this.field(name, node, false));
    if (textColumns.length > 0) conditions.unshift(this.text(textColumns, node));
    return orAll(conditions);
  }

  private field(name: string, node: SearchNode & { kind: 'term' | 'phrase' | 'exists' | 'range' }, check = true): SqlCondition {
    if (check) this.options.checkField?.(name);
    const def = Object.hasOwn(this.schema.fields, name) ? this.schema.fields[name] : undefined;
    if (!def) return NONE; // Unknown fields match nothing, like a search engine field that is not indexed.
    switch (def.kind) {
      case 'text':
        return this.text([def.column], node);
      case 'keyword': {
        const exact = (node.kind === 'term' && !node.wildcard) || node.kind === 'phrase';
        const columns = exact && def.columnsFor ? def.columnsFor(node.value) : def.columns;
        return orAll(columns.map((column) => this.keyword(column, node)));
      }
      case 'number':
        return this.number(def.column, name, node);
      case 'boolean':
        return this.boolean(def.column, node);
      case 'constant':
        return this.constant(def.value, node);
    }
  }

  private col(column: string): string {
    return `${this.schema.alias}.${column}`;
  }

  private fts(columns: readonly string[], expression: string): SqlCondition {
    const filter = columns.length === 1 ? columns[0] : `{${columns.join(' ')}}`;
    return {
      sql: `${this.schema.alias}.rowid IN (SELECT rowid FROM ${this.schema.ftsTable} WHERE ${this.schema.ftsTable} MATCH ?)`,
      params: [`${filter} : ${expression}`],
    };
  }

  private text(columns: readonly string[], node: SearchNode & { kind: 'term' | 'phrase' | 'exists' | 'range' }): SqlCondition {
    if (node.kind === 'exists') return orAll(columns.map((c) => ({ sql: `${this.col(c)} NOT IN ('', '[]')`, params: [] })));
    if (node.kind === 'range') {
      return orAll(columns.map((c) => this.lexicalRange(c, node)));
    }
    if (this.options.exact) {
      if (node.kind === 'term' && node.wildcard) {
        return orAll(columns.map((c) => ({ sql: `wildcard_value(${this.col(c)}, ?)`, params: [foldText(node.value)] })));
      }
      return orAll(columns.map((c) => ({ sql: `${this.col(c)} = ? COLLATE NOCASE`, params: [node.value] })));
    }
    if (node.kind === 'term' && node.wildcard) {
      const prefix = prefixOf(node.value);
      if (prefix !== null) {
        const tokens = textTokens(prefix);
        if (tokens.length === 0) return this.text(columns, { kind: 'exists', field: '' });
        return this.fts(columns, `"${tokens.join(' ')}" *`);
      }
      const pattern = foldText(node.value);
      return orAll(columns.map((c) => ({ sql: `wildcard_token(${this.col(c)}, ?)`, params: [pattern] })));
    }
    const tokens = textTokens(node.value);
    if (tokens.length === 0) return NONE;
    return this.fts(columns, `"${tokens.join(' ')}"`);
  }

  private lexicalRange(column: string, node: SearchNode & { kind: 'range' }): SqlCondition {
    const parts: SqlCondition[] = [];
    if (node.lower !== null) parts.push({ sql: `${this.col(column)} ${node.includeLower ? '>=' : '>'} ? COLLATE NOCASE`, params: [node.lower] });
    if (node.upper !== null) parts.push({ sql: `${this.col(column)} ${node.includeUpper ? '<=' : '<'} ? COLLATE NOCASE`, params: [node.upper] });
    return parts.length === 0 ? { sql: `${this.col(column)} IS NOT NULL`, params: [] } : andAll(parts);
  }

  private keyword(column: string, node: SearchNode & { kind: 'term' | 'phrase' | 'exists' | 'range' }): SqlCondition {
    const c = this.col(column);
    if (node.kind === 'exists') return { sql: `(${c} IS NOT NULL AND ${c} <> '')`, params: [] };
    if (node.kind === 'range') return this.lexicalRange(column, node);
    if (node.kind === 'term' && node.wildcard) return { sql: `wildcard_value(${c}, ?)`, params: [foldText(node.value)] };
    return { sql: `${c} = ? COLLATE NOCASE`, params: [node.value] };
  }

  private number(column: string, name: string, node: SearchNode & { kind: 'term' | 'phrase' | 'exists' | 'range' }): SqlCondition {
    const c = this.col(column);
    if (node.kind === 'exists') return { sql: `${c} IS NOT NULL`, params: [] };
    if (node.kind === 'range') {
      const parts: SqlCondition[] = [];
      if (node.lower !== null) parts.push({ sql: `${c} ${node.includeLower ? '>=' : '>'} ?`, params: [parseNumberValue(node.lower, name)] });
      if (node.upper !== null) parts.push({ sql: `${c} ${node.includeUpper ? '<=' : '<'} ?`, params: [parseNumberValue(node.upper, name)] });
      return andAll(parts);
    }
    if (node.kind === 'term' && node.wildcard) return NONE;
    return { sql: `${c} = ?`, params: [parseNumberValue(node.value, name)] };
  }

  private boolean(column: string, node: SearchNode & { kind: 'term' | 'phrase' | 'exists' | 'range' }): SqlCondition {
    if (node.kind === 'exists') return ALL;
    if (node.kind === 'range') return NONE;
    const value = node.value.trim().toLowerCase();
    if (value !== 'true' && value !== 'false') return NONE;
    return { sql: `${this.col(column)} = ?`, params: [value === 'true' ? 1 : 0] };
  }

  private constant(value: string, node: SearchNode & { kind: 'term' | 'phrase' | 'exists' | 'range' }): SqlCondition {
    if (node.kind === 'exists') return ALL;
    if (node.kind === 'range') return NONE;
    return node.value.toLowerCase() === value.toLowerCase() ? ALL : NONE;
  }
}

/** SQL condition (referring to `schema.alias`) for a parsed query. */
export function translateSearch(node: SearchNode, schema: SearchSchema, options: TranslateOptions): SqlCondition {
  return new Translator(schema, options).translate(node);
}
