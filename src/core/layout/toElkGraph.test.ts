import { describe, expect, it } from 'vitest';
import { deriveGraph } from '../graph/deriveGraph';
import type { StateMachine } from '../model/types';
import type { ElkGraphNode } from './elkTypes';
import { ELK_ROOT_ID, toElkGraph } from './toElkGraph';
import { CARD_HEIGHT, CARD_WIDTH, EDGE_LABEL_WIDTH, MARKER_SIZE } from './sizes';

const model = {
  StartAt: 'P',
  States: [
    {
      Name: 'P',
      Type: 'Parallel',
      Next: 'Pick',
      Branches: [{ StartAt: 'A', States: [{ Name: 'A', Type: 'Pass', End: true }] }],
    },
    {
      Name: 'Pick',
      Type: 'Choice',
      Branches: [{ Condition: 'a very long condition text', Next: 'P' }],
      Default: 'P',
    },
  ],
} as StateMachine;

const find = (n: ElkGraphNode, id: string): ElkGraphNode | undefined =>
  n.id === id ? n : (n.children ?? []).map((c) => find(c, id)).find((x) => x !== undefined);

describe('toElkGraph', () => {
  it('given a Parallel, when converted, then container and lane are compound nodes and leaves have card sizes', () => {
    const elk = toElkGraph(deriveGraph(model), { direction: 'RIGHT' });
    expect(elk.id).toBe(ELK_ROOT_ID);
    expect(elk.layoutOptions).toMatchObject({
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
      'elk.edgeRouting': 'ORTHOGONAL',
    });
    const lane = find(elk, 'P/0');
    expect(find(elk, 'P')?.children?.map((c) => c.id)).toEqual(['P/0']);
    expect(lane?.layoutOptions?.['elk.alignment']).toBe('LEFT');
    expect(lane?.width).toBeUndefined();
    expect(find(elk, 'P/0/A')).toMatchObject({ width: CARD_WIDTH, height: CARD_HEIGHT });
    expect(find(elk, 'P/0/\\#start')).toMatchObject({ width: MARKER_SIZE, height: MARKER_SIZE });
    expect(lane?.edges?.map((e) => e.id)).toEqual([
      'P/0/\\\\\\#start->P/0/A#StartAt',
      'P/0/A->P/0/\\\\\\#end#End',
    ]);
  });

  it('given labelled edges, when converted, then each gets one fixed-size label slot whatever its text', () => {
    const elk = toElkGraph(deriveGraph(model), { direction: 'DOWN' });
    const labelled = (elk.edges ?? []).filter((e) => e.labels);
    expect(labelled.map((e) => e.id)).toEqual(['Pick->P#Branches/0/Next', 'Pick->P#Default']);
    expect(labelled[0]?.labels).toEqual([{ text: 'choice', width: EDGE_LABEL_WIDTH, height: 20 }]);
  });

  it('given the same graph, when converted twice, then the objects are equal but not shared', () => {
    const g = deriveGraph(model);
    const a = toElkGraph(g, { direction: 'DOWN' });
    const b = toElkGraph(g, { direction: 'DOWN' });
    expect(a).toEqual(b);
    expect(a.children).not.toBe(b.children);
  });
});
