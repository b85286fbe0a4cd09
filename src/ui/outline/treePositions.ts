/** Where each row stands among its siblings: what `aria-setsize` and `aria-posinset` announce. */
export interface TreePositions {
  /** How many siblings (itself included) each row has. */
  setSize: readonly number[];
  /** Each row's 1-based position among those siblings. */
  posInSet: readonly number[];
}

/**
 * Sibling positions of a tree listed depth-first in document order, from the depths alone:
 * a row's siblings are the rows at its depth under the same nearest shallower row (so the
 * states of all branches of one Parallel form one set, as the Outline shows no branch rows).
 * One pass with a stack of open sets: linear in the number of rows.
 */
export function treePositions(depths: readonly number[]): TreePositions {
  const setSize = new Array<number>(depths.length).fill(0);
  const posInSet = new Array<number>(depths.length).fill(0);
  // open[d]: the rows of the set currently open at depth d.
  const open: number[][] = [];
  const close = (depth: number) => {
    while (open.length > depth) {
      const set = open.pop() ?? [];
      for (const i of set) setSize[i] = set.length;
    }
  };
  depths.forEach((depth, i) => {
    close(depth + 1);
    while (open.length <= depth) open.push([]);
    const set = open[depth] ?? [];
    set.push(i);
    posInSet[i] = set.length;
  });
  close(0);
  return { setSize, posInSet };
}
