import type { ParseExpressionResult } from '../expression';
import type { DiagnosticDraft } from '../model/diagnostic';
import type { TextRange } from '../model/range';
import { scopeOf, type ScopePath, type StatePath } from '../model/statePath';
import type { ExecutionMode, StateMachine } from '../model/types';
import { walkScopes, walkStates, type ScopeEntry, type StateEntry } from '../model/walkStates';
import type { SkippedState } from '../yaml/toModel';
import type { SourceMap } from '../yaml/types';
import { DIAGNOSTIC_CODES, type RuleCode } from './codes';
import { NameIndex } from './nameIndex';
import { buildScopeGraphs, type ScopeGraph } from './scopeGraph';
import { transitionsOf, type Transition } from './transitions';
import { collectValueSites, type ValueSite } from './valueSites';

/** Where a finding points. */
export interface Where {
  /** The state the finding is about; omitted for top-level findings. */
  path?: StatePath;
  /**
   * A field path inside the state (`Next`, `Retry/0/Errors`), or a top-level field when `path`
   * is omitted. When the field is absent from the text, the nearest present parent is used,
   * then the state's Name.
   */
  field?: string;
  /** Point at the key of the field rather than at its value. */
  key?: boolean;
  /** An exact range (wins over path and field), e.g. inside an expression. */
  range?: TextRange;
}

/**
 * What a rule sees: the model, where everything sits in the text, precomputed walks and name
 * indexes (built once per validation, so rules stay single passes), and `report`.
 */
export class RuleContext {
  readonly states: readonly StateEntry[];
  readonly scopes: readonly ScopeEntry[];
  readonly statesByPath: ReadonlyMap<StatePath, StateEntry>;
  readonly scopesByPath: ReadonlyMap<ScopePath, ScopeEntry>;
  readonly names: NameIndex;
  readonly drafts: DiagnosticDraft[] = [];
  private valueSitesCache: ValueSite[] | undefined;
  private graphsCache: ScopeGraph[] | undefined;
  private readonly itemsCache = new Map<StatePath, Map<string, string[]>>();
  private readonly parentsCache = new Map<StatePath, Set<string>>();
  private readonly transitionsCache = new Map<StatePath, Transition[]>();
  /** Parsed expressions by source text: real definitions repeat `$Input.id` and the like. */
  readonly expressionCache = new Map<string, ParseExpressionResult>();

  constructor(
    readonly text: string,
    readonly model: StateMachine,
    readonly sourceMap: SourceMap,
    readonly mode: ExecutionMode,
    readonly skipped: readonly SkippedState[],
  ) {
    this.scopes = walkScopes(model);
    this.states = walkStates(model);
    this.statesByPath = new Map(this.states.map((e) => [e.path, e]));
    this.scopesByPath = new Map(this.scopes.map((e) => [e.path, e]));
    this.names = new NameIndex(this.states, skipped);
  }

  /** Every constant and `.$` value of every constructor and Parameters map, computed once. */
  get valueSites(): readonly ValueSite[] {
    this.valueSitesCache ??= collectValueSites(this.states);
    return this.valueSitesCache;
  }

  /** The transition graph of every scope, computed once. */
  get scopeGraphs(): readonly ScopeGraph[] {
    this.graphsCache ??= buildScopeGraphs(this);
    return this.graphsCache;
  }

  /** The transitions of a state (see transitionsOf), computed once per state. */
  transitions(entry: StateEntry): readonly Transition[] {
    let t = this.transitionsCache.get(entry.path);
    if (!t) this.transitionsCache.set(entry.path, (t = transitionsOf(this, entry)));
    return t;
  }

  /** Records a finding; the severity comes from the code's entry in DIAGNOSTIC_CODES. */
  report(code: RuleCode, message: string, where: Where = {}): void {
    const d: DiagnosticDraft = {
      severity: DIAGNOSTIC_CODES[code].severity,
      code,
      message,
      range: this.locate(where),
    };
    if (where.path !== undefined) d.path = where.path;
    if (where.field !== undefined) d.field = where.field;
    this.drafts.push(d);
  }

  /** The text range for a finding (see {@link Where}). */
  locate(where: Where): TextRange {
    if (where.range) return where.range;
    if (where.path === undefined) return this.locateTop(where.field, where.key === true);
    const loc = this.sourceMap.states.get(where.path);
    if (!loc) return this.documentStart();
    let field = where.field;
    let exact = true;
    while (field !== undefined && field !== '') {
      const n = loc.fields.get(field);
      if (n) return (where.key || !exact) && n.keyRange ? n.keyRange : n.range;
      const parent = scopeOf(field);
      field = parent === '' ? undefined : parent;
      exact = false;
    }
    return this.stateAnchor(where.path);
  }

  /** A compact range standing for a state: its Name value, else the first line of the state. */
  stateAnchor(path: StatePath): TextRange {
    const loc = this.sourceMap.states.get(path);
    if (!loc) return this.documentStart();
    const name = loc.fields.get('Name');
    if (name) return name.range;
    const eol = this.text.indexOf('\n', loc.range.start);
    return { start: loc.range.start, end: eol < 0 ? loc.range.end : Math.min(eol, loc.range.end) };
  }

  /**
   * The field paths of the mapping items of a list field (`Retry`, `Catch`, Choice `Branches`),
   * aligned with the model's array: the model leaves out items that are not mappings (the
   * parser reported them), so model index i is source item `result[i]`. Cached per state.
   */
  mapItems(path: StatePath, listField: string): readonly string[] {
    let lists = this.itemsCache.get(path);
    if (!lists) this.itemsCache.set(path, (lists = new Map()));
    const cached = lists.get(listField);
    if (cached) return cached;
    const out: string[] = [];
    const loc = this.sourceMap.states.get(path);
    if (loc) {
      const parents = this.itemsWithFields(path);
      for (let i = 0; ; i++) {
        const item = `${listField}/${i}`;
        const n = loc.fields.get(item);
        if (!n) break;
        // A block mapping item has at least one key; scalars and lists have none of their own.
        const mapping =
          parents.has(item) ||
          this.text[n.range.start] === '{' ||
          this.text.slice(n.range.start, n.range.end).trim() === '{}';
        if (mapping) out.push(item);
      }
    }
    lists.set(listField, out);
    return out;
  }

  /** `List/i` prefixes of the state's fields that have fields of their own, in one pass. */
  private itemsWithFields(path: StatePath): Set<string> {
    let found = this.parentsCache.get(path);
    if (found) return found;
    found = new Set();
    for (const f of this.sourceMap.states.get(path)?.fields.keys() ?? []) {
      const first = f.indexOf('/');
      if (first < 0) continue;
      const second = f.indexOf('/', first + 1);
      if (second > 0) found.add(f.slice(0, second));
    }
    this.parentsCache.set(path, found);
    return found;
  }

  private locateTop(field: string | undefined, key: boolean): TextRange {
    const n = field === undefined ? undefined : this.sourceMap.top.get(field);
    if (n) return key && n.keyRange ? n.keyRange : n.range;
    return this.documentStart();
  }

  /** The first key of the document (skipping leading comments), or its first character. */
  documentStart(): TextRange {
    let first: TextRange | undefined;
    for (const n of this.sourceMap.top.values()) {
      const r = n.keyRange ?? n.range;
      if (!first || r.start < first.start) first = r;
    }
    return first ?? { start: 0, end: Math.min(1, this.text.length) };
  }
}
