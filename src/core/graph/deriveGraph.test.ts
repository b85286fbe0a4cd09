import { describe, expect, it } from 'vitest';
import { walkStates } from '../model/walkStates';
import type { StateMachine } from '../model/types';
import { parseSource } from '../yaml';
import { deriveGraph } from './deriveGraph';
import { edgeId, endMarkerId, failMarkerId, processorLaneId, startMarkerId } from './ids';
import { isStateNode, type FlowGraph, type StateFlowNode } from './types';

const samples = import.meta.glob<string>('./testdata/*.yaml', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const modelOf = (text: string): StateMachine => {
  const parsed = parseSource(text);
  if (parsed.model === null) throw new Error('sample does not parse');
  return parsed.model;
};
const sample = (name: string): StateMachine => {
  const key = Object.keys(samples).find((k) => k.includes(name));
  if (key === undefined) throw new Error(`no sample ${name}`);
  return modelOf(samples[key] as string);
};
const ids = (g: FlowGraph) => g.nodes.map((n) => n.id);
const edgeTriples = (g: FlowGraph) => g.edges.map((e) => `${e.source} -${e.kind}-> ${e.target}`);
const stateNode = (g: FlowGraph, id: string) =>
  g.nodes.find((n) => n.id === id && isStateNode(n)) as StateFlowNode;

describe('deriveGraph on the fdl.md §10 samples', () => {
  it('given the order router, when derived, then it has states, markers and labelled Choice edges', () => {
    const g = deriveGraph(sample('order-router'));
    expect(ids(g)).toEqual([
      '\\#start',
      'Normalize',
      'Route',
      'Reject',
      'VipApproved',
      'StandardApproved',
      '\\#end',
      '\\#fail',
    ]);
    expect(edgeTriples(g)).toEqual([
      '\\#start -start-> Normalize',
      'Normalize -next-> Route',
      'Route -choice-> Reject',
      'Route -choice-> VipApproved',
      'Route -default-> StandardApproved',
      'Reject -end-> \\#fail',
      'VipApproved -end-> \\#end',
      'StandardApproved -end-> \\#end',
    ]);
    const branch = g.edges.find((e) => e.field === 'Branches/1/Next');
    expect(branch).toMatchObject({
      label: '$Input.vip == true && $Input.amount >= 1000',
      branchIndex: 1,
      id: 'Route->VipApproved#Branches/1/Next',
    });
    expect(g.edges.find((e) => e.kind === 'default')?.label).toBe('default');
    expect(stateNode(g, 'Normalize').flags.isStart).toBe(true);
    expect(stateNode(g, 'Reject')).toMatchObject({ subtitle: 'InvalidAmount', kind: 'Fail' });
    expect(stateNode(g, 'Reject').flags.isEnd).toBe(true);
    expect(stateNode(g, 'Route').flags.isEnd).toBe(false);
  });

  it('given the polling loop, when derived, then the loop-back Default edge and subtitles exist', () => {
    const g = deriveGraph(sample('poll-job'));
    expect(edgeTriples(g)).toContain('IsDone -default-> WaitForJob');
    expect(stateNode(g, 'SubmitJob').subtitle).toBe('FC:InvokeFunction');
    expect(stateNode(g, 'WaitForJob').subtitle).toBe('$Input.pollSeconds');
  });

  it('given the resilient payment, when derived, then Catch edges carry the error names', () => {
    const g = deriveGraph(sample('resilient-payment'));
    const catches = g.edges.filter((e) => e.kind === 'catch');
    expect(catches.map((c) => [c.target, c.label, c.catchIndex, c.field])).toEqual([
      ['NotifyDeclined', 'PaymentDeclined', 0, 'Catch/0/Next'],
      ['Compensate', 'FnF.ALL', 1, 'Catch/1/Next'],
    ]);
    expect(stateNode(g, 'Charge').flags).toMatchObject({
      hasRetry: true,
      retryCount: 1,
      hasCatch: true,
      catchCount: 2,
    });
  });

  it('given a Parallel, when derived, then each branch is a lane with its own markers', () => {
    const g = deriveGraph(sample('profile-enrich'));
    const lane0 = g.nodes.find((n) => n.id === 'Enrich/0');
    expect(lane0).toMatchObject({
      kind: 'lane',
      parentId: 'Enrich',
      label: 'Branch 0',
      branchIndex: 0,
    });
    expect(g.nodes.find((n) => n.id === 'Enrich/1')?.label).toBe('Branch 1');
    expect(stateNode(g, 'Enrich/1/TierCheck')).toMatchObject({
      parentId: 'Enrich/1',
      scope: 'Enrich/1',
    });
    expect(stateNode(g, 'Enrich')).toMatchObject({ container: 'parallel', collapsed: false });
    const inner = g.edges.find((e) => e.source === 'Enrich/1/TierCheck' && e.kind === 'choice');
    expect(inner).toMatchObject({
      target: 'Enrich/1/Gold',
      parentId: 'Enrich/1',
      label: '$Input.points >= 1000',
    });
    expect(g.nodes.find((n) => n.id === startMarkerId('Enrich/0'))?.parentId).toBe('Enrich/0');
    expect(edgeTriples(g)).toContain('Enrich -next-> Merge');
  });

  it('given a Map, when derived, then the processor is one lane inside the Map', () => {
    const g = deriveGraph(sample('thumbnail-batch'));
    const lane = processorLaneId('ForEachImage');
    expect(lane).toBe('ForEachImage/\\#processor');
    expect(g.nodes.find((n) => n.id === lane)).toMatchObject({
      kind: 'lane',
      lane: 'processor',
      label: 'Processor',
      parentId: 'ForEachImage',
    });
    expect(stateNode(g, 'ForEachImage/MakeThumbnail')).toMatchObject({
      parentId: lane,
      flags: { retryCount: 1 },
    });
    expect(stateNode(g, 'ForEachImage').subtitle).toBe('$Input.images');
    expect(g.edges.find((e) => e.target === endMarkerId('ForEachImage'))?.parentId).toBe(lane);
  });

  it('given Parallel ⊃ Map ⊃ Parallel, when derived, then paths nest and lanes chain', () => {
    const g = deriveGraph(sample('nightly-report'));
    const visits = stateNode(g, 'Gather/0/PerRegion/RegionStats/1/Visits');
    expect(visits.parentId).toBe('Gather/0/PerRegion/RegionStats/1');
    expect(g.nodes.find((n) => n.id === 'Gather/0/PerRegion/RegionStats/1')?.parentId).toBe(
      'Gather/0/PerRegion/RegionStats',
    );
    expect(stateNode(g, 'Gather/0/PerRegion/RegionStats').parentId).toBe(
      processorLaneId('Gather/0/PerRegion'),
    );
    expect(edgeTriples(g)).toContain('Gather -catch-> GatherFailed');
    expect(edgeTriples(g)).toContain('Abort -end-> \\#fail');
  });

  it('given every sample, when derived, then the graph is well formed', () => {
    for (const [file, text] of Object.entries(samples)) {
      const model = modelOf(text);
      const g = deriveGraph(model);
      const seen = new Set<string>();
      for (const n of g.nodes) {
        expect(seen.has(n.id), `${file}: duplicate ${n.id}`).toBe(false);
        if (n.parentId !== undefined)
          expect(seen.has(n.parentId), `${file}: parent after ${n.id}`).toBe(true);
        seen.add(n.id);
      }
      const parent = new Map(g.nodes.map((n) => [n.id, n.parentId]));
      for (const e of g.edges) {
        expect(parent.has(e.source) && parent.has(e.target), `${file}: ${e.id}`).toBe(true);
        expect(parent.get(e.source)).toBe(e.parentId);
        expect(parent.get(e.target)).toBe(e.parentId);
      }
      expect(new Set(g.edges.map((e) => e.id)).size).toBe(g.edges.length);
      const statePaths = g.nodes.filter(isStateNode).map((n) => n.id);
      expect([...statePaths].sort()).toEqual(
        walkStates(model)
          .map((s) => s.path)
          .sort(),
      );
      expect(deriveGraph(model)).toEqual(g);
    }
  });
});

const machine = (states: unknown[], startAt = 'A'): StateMachine =>
  ({ Type: 'StateMachine', SpecVersion: 'v1', StartAt: startAt, States: states }) as StateMachine;

describe('deriveGraph edge cases', () => {
  it('given unresolved, cross-scope and self targets, when derived, then only resolvable edges remain', () => {
    const g = deriveGraph(
      machine([
        { Name: 'A', Type: 'Pass', Next: 'Missing' },
        { Name: 'B', Type: 'Pass', Next: 'B' },
        {
          Name: 'P',
          Type: 'Parallel',
          Next: 'A',
          Branches: [{ StartAt: 'X', States: [{ Name: 'X', Type: 'Pass', Next: 'A' }] }],
        },
      ]),
    );
    expect(edgeTriples(g)).toEqual([
      '\\#start -start-> A',
      'B -next-> B',
      'P/0/\\#start -start-> P/0/X',
      'P -next-> A',
    ]);
  });

  it('given a duplicate name in a scope, when derived, then the first state wins and ids stay unique', () => {
    const g = deriveGraph(
      machine([
        { Name: 'A', Type: 'Pass', End: true },
        {
          Name: 'A',
          Type: 'Map',
          End: true,
          Processor: { StartAt: 'Q', States: [{ Name: 'Q', Type: 'Succeed' }] },
        },
      ]),
    );
    expect(ids(g)).toEqual(['\\#start', 'A', '\\#end']);
  });

  it('given End and Next both set, when derived, then End wins', () => {
    const g = deriveGraph(
      machine([
        { Name: 'A', Type: 'Pass', Next: 'B', End: true },
        { Name: 'B', Type: 'Succeed' },
      ]),
    );
    expect(edgeTriples(g)).toEqual(['\\#start -start-> A', 'A -end-> \\#end', 'B -end-> \\#end']);
  });

  it('given hostile names, when derived, then state ids are escaped paths and never collide with markers', () => {
    const names = ['#start', '\\#start', 'a/b', 'x->y', 'x', '<img src=x onerror=alert(1)>'];
    const states = names.map((Name, i) => ({
      Name,
      Type: 'Pass',
      ...(i + 1 < names.length ? { Next: names[i + 1] } : { End: true }),
    }));
    const g = deriveGraph(machine(states, '#start'));
    expect(new Set(ids(g)).size).toBe(g.nodes.length);
    expect(ids(g)).toContain('a\\/b');
    expect(ids(g)).toContain('\\\\#start');
    expect(new Set(g.edges.map((e) => e.id)).size).toBe(g.edges.length);
    expect(edgeId('x->y', 'x', 'Next')).not.toBe(edgeId('x', 'y->x', 'Next'));
    expect(stateNode(g, '#start').flags.isStart).toBe(true);
  });

  it('given a collapsed container, when derived, then its lanes and inner states are hidden', () => {
    const model = sample('nightly-report');
    const g = deriveGraph(model, { collapsed: new Set(['Gather/0/PerRegion', 'NotAContainer']) });
    expect(stateNode(g, 'Gather/0/PerRegion').collapsed).toBe(true);
    expect(g.collapsed).toEqual(['Gather/0/PerRegion']);
    expect(ids(g).some((id) => id.startsWith('Gather/0/PerRegion/'))).toBe(false);
    expect(ids(g)).toContain('Gather/1/Targets');
    const all = deriveGraph(model, { collapsed: new Set(['Gather']) });
    expect(ids(all)).toEqual([
      '\\#start',
      'Gather',
      'Compose',
      'GatherFailed',
      'Abort',
      '\\#end',
      failMarkerId(''),
    ]);
  });

  it('given a best-effort model with junk entries, when derived, then it does not throw', () => {
    const junk = {
      StartAt: 'A',
      States: [
        null,
        3,
        { Type: 'Pass' },
        { Name: 'A', Type: 'Choice', Branches: [null, { Next: 'A' }], Default: 7 },
      ],
    };
    const g = deriveGraph(junk as unknown as StateMachine);
    expect(edgeTriples(g)).toEqual(['\\#start -start-> A', 'A -choice-> A']);
    expect(g.edges[1]?.label).toBe('');
  });
});
