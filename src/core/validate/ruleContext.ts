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
   * parser reported them), so model index i is source item `result[i]`.
   */
  mapItems(path: StatePath, listField: string): string[] {
    const loc = this.sourceMap.states.get(path);
    if (!loc) return [];
    const out: string[] = [];
    for (let i = 0; ; i++) {
      const item = `${listField}/${i}`;
      const n = loc.fields.get(item);
      if (!n) break;
      const first = this.text[n.range.start];
      if (first === '{' || this.hasChildField(loc.fields, item, n.range)) out.push(item);
    }
    return out;
  }

  private hasChildField(fields: ReadonlyMap<string, unknown>, item: string, range: TextRange) {
    // A block mapping item has at least one key; scalars and lists have none of their own.
    const prefix = item + '/';
    for (const f of fields.keys()) if (f.startsWith(prefix)) return true;
    return this.text.slice(range.start, range.end).trim() === '{}';
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
