import { describe, expect, it } from 'vitest';
import { parseSource, STATE_TYPES, validate, walkStates } from '../../core';
import { blankWorkflowText, TEMPLATES } from './templates';

describe('templates', () => {
  it('offers at least 10 templates that together use every state type', () => {
    // given the gallery; when the state types of all templates are collected
    const used = new Set<string>();
    for (const t of TEMPLATES) {
      const model = parseSource(t.text).model;
      for (const e of model ? walkStates(model) : []) used.add(e.state.Type);
    }
    // then every type appears
    expect(TEMPLATES.length).toBeGreaterThanOrEqual(10);
    expect([...STATE_TYPES].filter((t) => !used.has(t))).toEqual([]);
  });

  it('every template is a valid workflow', () => {
    for (const t of TEMPLATES) {
      const errors = validate(parseSource(t.text)).filter((d) => d.severity === 'error');
      expect(errors, t.id).toEqual([]);
    }
  });

  it('a blank workflow keeps any name as one string', () => {
    const name = '<img src=x onerror=alert(1)>: "quoted" # not a comment';
    expect(parseSource(blankWorkflowText(name)).model?.Name).toBe(name);
  });
});
