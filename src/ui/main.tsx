import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { WorkspaceRoot } from './workspace/WorkspaceRoot';

const root = document.getElementById('root');
if (!root) throw new Error('FDL Studio: #root element missing from index.html');
createRoot(root).render(
  <StrictMode>
    <WorkspaceRoot />
  </StrictMode>,
);
