import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { WorkspaceRoot } from './workspace/WorkspaceRoot';

const root = document.getElementById('root');
if (!root) throw new Error('FDL Studio: #root element missing from index.html');
const reactRoot = createRoot(root);
// The first render is synchronous so that its effects also run before the browser paints.
// React Flow takes its nodes from its props in an effect: rendered the default way, the page
// first painted the whole Studio without a chart (a full style and layout pass), and drew the
// cards in a later task. Cold loads, alternating builds: first card ~50 ms sooner.
flushSync(() =>
  reactRoot.render(
    <StrictMode>
      <WorkspaceRoot />
    </StrictMode>,
  ),
);
