/**
 * The bare-stack floor of the Studio benchmark (scripts/bench/studio.bench.ts): React, React Flow
 * and Monaco (loaded after the first chart, as the app does) with the `yaml` library, and no
 * application. Every keystroke re-parses the whole
 * text and redraws the chart at fixed positions (no layout, `onlyRenderVisibleElements`); Delete
 * on a selected node removes that state from the text. The bench drives it like the app.
 */
import '@xyflow/react/dist/base.css';
import { Handle, Position, ReactFlow, type Edge, type Node, type NodeProps } from '@xyflow/react';
import type * as Monaco from 'monaco-editor/esm/vs/editor/editor.api';
import { memo, useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { isMap, isSeq, parseDocument } from 'yaml';

type MonacoApi = typeof Monaco;

/** Monaco loads after the chart is drawn, as in the app (its first canvas does not wait for it). */
async function loadMonaco(): Promise<MonacoApi> {
  const [monaco, , worker] = await Promise.all([
    import('monaco-editor/esm/vs/editor/editor.api'),
    import('monaco-editor/esm/vs/basic-languages/yaml/yaml.contribution'),
    import('monaco-editor/esm/vs/editor/editor.worker?worker'),
  ]);
  self.MonacoEnvironment = { getWorker: () => new worker.default() };
  return monaco;
}

type Card = Node<{ name: string; subtitle: string }, 'card'>;

const CardNode = memo(function CardNode({ data }: NodeProps<Card>) {
  return (
    <div className="bare-card" data-testid={`canvas.node.${data.name}`}>
      <Handle type="target" position={Position.Top} />
      <div>{data.name}</div>
      <div className="state-card__subtitle">{data.subtitle}</div>
      <Handle type="source" position={Position.Bottom} />
    </div>
  );
});
const nodeTypes = { card: CardNode };

interface Chart {
  nodes: Card[];
  edges: Edge[];
}

/** The states of the text (full parse), as cards at fixed positions (one column) and Next edges. */
function toChart(text: string): Chart | null {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) return null;
  const states = doc.get('States');
  if (!isSeq(states)) return null;
  const nodes: Card[] = [];
  const edges: Edge[] = [];
  states.items.forEach((item, i) => {
    const m = isMap(item) ? item : null;
    const name = String(m?.get('Name') ?? `#${i}`);
    const seconds = m?.get('Seconds');
    const next = m?.get('Next');
    nodes.push({
      id: name,
      type: 'card' as const,
      position: { x: 0, y: i * 100 },
      data: { name, subtitle: seconds === undefined ? '' : `${String(seconds)} s` },
    });
    if (typeof next === 'string')
      edges.push({ id: `${name}->${next}`, source: name, target: next });
  });
  return { nodes, edges };
}

/** The text without the state named `name` (the yaml library re-prints the document). */
function withoutState(text: string, name: string): string {
  const doc = parseDocument(text);
  const states = doc.get('States');
  if (!isSeq(states)) return text;
  const index = states.items.findIndex((it) => isMap(it) && it.get('Name') === name);
  if (index >= 0) states.delete(index);
  return doc.toString();
}

/** `?noparse`: the editor alone (no parse, a static chart), the floor of the typing echo. */
const PARSE = !new URLSearchParams(location.search).has('noparse');

function initialText(): string {
  const m = /#def=(.+)$/.exec(location.hash);
  return m ? decodeURIComponent(m[1] as string) : 'Type: StateMachine\nStates: []\n';
}

function Bare() {
  const host = useRef<HTMLDivElement>(null);
  const editorRef = useRef<Monaco.editor.IStandaloneCodeEditor | null>(null);
  const monacoRef = useRef<MonacoApi | null>(null);
  const [chart, setChart] = useState<Chart>(
    () => toChart(initialText()) ?? { nodes: [], edges: [] },
  );
  const [selected, setSelected] = useState<string | null>(null);

  useEffect(() => {
    let disposed = false;
    let dispose = () => {};
    void loadMonaco().then((monaco) => {
      if (disposed || !host.current) return;
      monacoRef.current = monaco;
      const editor = monaco.editor.create(host.current, {
        value: initialText(),
        language: 'yaml',
        minimap: { enabled: false },
        automaticLayout: true,
      });
      editorRef.current = editor;
      const sub = editor.onDidChangeModelContent(() => {
        if (!PARSE) return;
        const next = toChart(editor.getValue());
        if (next) setChart(next);
      });
      dispose = () => {
        sub.dispose();
        editor.dispose();
      };
    });
    return () => {
      disposed = true;
      dispose();
    };
  }, []);

  const onKeyDown = (e: React.KeyboardEvent) => {
    const editor = editorRef.current;
    const monaco = monacoRef.current;
    const model = editor?.getModel();
    if (!editor || !model || !monaco) return;
    if ((e.key === 'Delete' || e.key === 'Backspace') && selected) {
      const before = model.getValue();
      const after = withoutState(before, selected);
      // A minimal splice (common prefix and suffix), as the app's bridge does.
      let start = 0;
      while (start < before.length && before[start] === after[start]) start++;
      let end = 0;
      while (
        end < before.length - start &&
        end < after.length - start &&
        before[before.length - 1 - end] === after[after.length - 1 - end]
      )
        end++;
      const a = model.getPositionAt(start);
      const b = model.getPositionAt(before.length - end);
      // Its own undo step (else Monaco merges it with the typing before it).
      model.pushStackElement();
      model.pushEditOperations(
        [],
        [
          {
            range: new monaco.Range(a.lineNumber, a.column, b.lineNumber, b.column),
            text: after.slice(start, after.length - end),
          },
        ],
        () => null,
      );
      model.pushStackElement();
    }
  };

  // Undo from the canvas: the deleted card had the focus, so the key reaches the document.
  useEffect(() => {
    const onUndo = (e: KeyboardEvent) => {
      const editor = editorRef.current;
      if (!editor || editor.hasTextFocus()) return;
      if (e.key === 'z' && (e.ctrlKey || e.metaKey)) editor.trigger('bare', 'undo', null);
    };
    window.addEventListener('keydown', onUndo);
    return () => window.removeEventListener('keydown', onUndo);
  }, []);

  return (
    <>
      <div className="bare-canvas" onKeyDown={onKeyDown} tabIndex={-1}>
        <ReactFlow
          nodes={chart.nodes.map((n) => (n.id === selected ? { ...n, selected: true } : n))}
          edges={chart.edges}
          nodeTypes={nodeTypes}
          onlyRenderVisibleElements
          defaultViewport={{ x: 40, y: 40, zoom: 1 }}
          onNodeClick={(_, n) => setSelected(n.id)}
        />
      </div>
      <div className="bare-editor" ref={host} />
    </>
  );
}

createRoot(document.getElementById('root') as HTMLElement).render(<Bare />);
