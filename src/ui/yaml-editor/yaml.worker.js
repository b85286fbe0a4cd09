// The monaco-yaml language worker, bundled by Vite through `?worker` (no CDN).
import 'monaco-yaml/yaml.worker.js';
