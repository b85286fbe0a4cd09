import { describe, expect, it } from 'vitest';
import { deriveGraph } from '../graph/deriveGraph';
import { parseSource } from '../yaml';
import type { ElkLike } from './elkTypes';
import { layoutGraph } from './layoutGraph';
import type { LayoutDirection } from './layoutTypes';
import { CONTAINER_HEADER, CONTAINER_PADDING, LANE_HEADER, LANE_PADDING } from './sizes';

/** A Map inside a Parallel branch, with a Parallel inside its processor. */
const NESTED = `Type: StateMachine
Name: nest
SpecVersion: v1
StartAt: Outer
States:
  - Type: Parallel
    Name: Outer
    Branches:
      - StartAt: Each
        States:
          - Type: Map
            Name: Each
            ItemsPath: $Input.items
            Processor:
              StartAt: Inner
              States:
                - Type: Parallel
                  Name: Inner
                  Branches:
                    - StartAt: X
                      States:
                        - Type: Pass
                          Name: X
                          End: true
                    - StartAt: Y
                      States:
                        - Type: Pass
                          Name: Y
                          Next: Z
                        - Type: Pass
                          Name: Z
                          End: true
                  End: true
            End: true
      - StartAt: Solo
        States:
          - Type: Pass
            Name: Solo
            End: true
    End: true
`;

const elk: ElkLike = new (await import('elkjs/lib/elk.bundled.js')).default();

describe('nested containers have no empty space', () => {
  it.each(['DOWN', 'RIGHT'] as LayoutDirection[])(
    'given a Parallel in a Map in a Parallel branch, laid out %s, then every container and lane fits its contents plus padding',
    async (direction) => {
      const model = parseSource(NESTED).model;
      if (!model) throw new Error('fixture does not parse');
      const graph = deriveGraph(model);
      const layout = await layoutGraph(graph, elk, { direction });
      const kids = new Map<string, string[]>();
      for (const n of graph.nodes)
        if (n.parentId !== undefined) kids.set(n.parentId, [...(kids.get(n.parentId) ?? []), n.id]);
      const slack = (id: string) => {
        const b = layout.nodes.get(id)!;
        const cs = (kids.get(id) ?? []).map((k) => layout.nodes.get(k)!);
        return {
          left: Math.min(...cs.map((c) => c.absX)) - b.absX,
          top: Math.min(...cs.map((c) => c.absY)) - b.absY,
          right: b.absX + b.width - Math.max(...cs.map((c) => c.absX + c.width)),
          bottom: b.absY + b.height - Math.max(...cs.map((c) => c.absY + c.height)),
        };
      };
      const lanesOf = new Map<string, string[]>();
      let checked = 0;
      for (const n of graph.nodes) {
        if (!kids.has(n.id)) continue;
        const s = slack(n.id);
        if (n.kind === 'lane') {
          lanesOf.set(n.parentId!, [...(lanesOf.get(n.parentId!) ?? []), n.id]);
          // Across the flow a lane is tight; along it, lanes are stretched to the deepest one.
          const across =
            direction === 'DOWN'
              ? [s.left, s.right]
              : [s.top - LANE_HEADER + LANE_PADDING, s.bottom];
          for (const v of across) expect(v, `${n.id} across`).toBeCloseTo(LANE_PADDING, 0);
          if (direction === 'DOWN') expect(s.top, `${n.id} top`).toBeCloseTo(LANE_HEADER, 0);
        } else {
          expect([s.left, s.top, s.right, s.bottom], n.id).toEqual([
            expect.closeTo(CONTAINER_PADDING, 0),
            expect.closeTo(CONTAINER_HEADER, 0),
            expect.closeTo(CONTAINER_PADDING, 0),
            expect.closeTo(CONTAINER_PADDING, 0),
          ]);
        }
        checked++;
      }
      // The deepest lane of each container is tight along the flow too.
      for (const [, lanes] of lanesOf) {
        const along = lanes.map((l) => (direction === 'DOWN' ? slack(l).bottom : slack(l).right));
        expect(Math.min(...along)).toBeCloseTo(LANE_PADDING, 0);
      }
      expect(checked).toBe(8);
    },
  );
});
